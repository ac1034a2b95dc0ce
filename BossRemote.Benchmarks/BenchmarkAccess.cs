using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BossRemote.Benchmarks;

/// <summary>
/// The product's real authorization check, so the timed services pay for it as they do in the app, and the people the
/// benchmark acts as.
/// </summary>
internal static class BenchmarkAccess
{
    public static UserAccess Create() => new(
        new ServiceCollection().AddLogging().AddAuthorizationCore(o => o.AddBossRemotePolicies()).BuildServiceProvider()
            .GetRequiredService<IAuthorizationService>(),
        NullLogger<UserAccess>.Instance);

    public static ClaimsPrincipal Person(string id, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, role)], "Benchmark"));
}
