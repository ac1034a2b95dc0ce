using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// The app with the seams sign-in tests need: a clock the test moves (<see cref="Clock"/>, starting now), clients at
/// addresses of the test's choosing (<see cref="ClientAddressStartupFilter"/>), and a password hasher that counts its
/// checks (<see cref="Hasher"/>).
/// </summary>
public class SignInTestFactory : BossRemoteWebFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<ApplicationUser>>(_ => Hasher));
            services.AddTransient<IStartupFilter, ClientAddressStartupFilter>();
        });
    }
}
