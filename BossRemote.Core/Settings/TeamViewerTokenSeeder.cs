using System.Security.Cryptography;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Settings;

/// <summary>
/// Stores a token (encrypted, like one entered in the UI) on a database that has never had TeamViewer settings:
/// <c>TeamViewer__ScriptToken</c> when it is set, otherwise — in demo mode with the simulator — a simulator token, so
/// Play works on the first run. That token is random, made once per installation (no two demos share an account in
/// the simulator, and none is written in the source). Once an admin has connected or revoked in the UI, the UI wins: a
/// revoke is not undone by a restart with the old variable still set.
/// </summary>
internal sealed class TeamViewerTokenSeeder(
    IOptions<TeamViewerOptions> options,
    IOptions<SeedOptions> seed,
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    TeamViewerTokenProtector protector,
    TimeProvider clock,
    ILogger<TeamViewerTokenSeeder> logger) : IDataSeeder
{
    /// <summary>The demo token's prefix: none of the simulator's error prefixes (<c>revoked-</c>, …), so it is always good.</summary>
    public const string DemoTokenPrefix = "demo-";

    public int Order => 5;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (token, source) = options.Value.ScriptToken?.Trim() is { Length: > 0 } configured
            ? (configured, "configuration (TeamViewer__ScriptToken)")
            : seed.Value.Demo && options.Value.Mode == TeamViewerMode.Simulator
                ? (NewDemoToken(), "demo data (simulator)")
                : (null, null);
        if (token is null)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.TeamViewerSettings.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.TeamViewerSettings.Add(new TeamViewerSettings
        {
            ProtectedToken = protector.Protect(token),
            TokenHint = TeamViewerTokenProtector.HintFor(token),
            ConnectedAt = now,
            ConnectedByName = source!,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("TeamViewer token seeded from {Source}", source);
    }

    private static string NewDemoToken() => DemoTokenPrefix + RandomNumberGenerator.GetHexString(40, lowercase: true);
}
