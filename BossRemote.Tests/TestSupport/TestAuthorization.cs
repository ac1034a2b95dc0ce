using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BossRemote.Tests.TestSupport;

/// <summary>The app's real authorization policies, for services under test to check against.</summary>
public static class TestAuthorization
{
    private static readonly IAuthorizationService Service = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationCore(options => options.AddBossRemotePolicies())
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    public static UserAccess CreateUserAccess() => new(Service, NullLogger<UserAccess>.Instance);
}
