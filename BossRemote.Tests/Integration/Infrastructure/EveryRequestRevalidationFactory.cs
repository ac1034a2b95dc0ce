using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// The app with the sign-in cookie checked against the user's security stamp on every request instead of once a
/// minute, so a test sees at once what a person sees within a minute.
/// </summary>
public class EveryRequestRevalidationFactory : BossRemoteWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero));
    }
}

/// <summary>The same on a fresh PostgreSQL database.</summary>
public sealed class EveryRequestRevalidationPostgresFactory : EveryRequestRevalidationFactory
{
    public EveryRequestRevalidationPostgresFactory() => UsePostgres();
}
