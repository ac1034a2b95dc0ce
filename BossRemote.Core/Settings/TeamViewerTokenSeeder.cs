using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Settings;

/// <summary>
/// Stores <c>TeamViewer__ScriptToken</c> (encrypted, like one entered in the UI) on a database that has never had
/// TeamViewer settings. Once an admin has connected or revoked in the UI, the UI wins: a revoke is not undone by a
/// restart with the old variable still set.
/// </summary>
internal sealed class TeamViewerTokenSeeder(
    IOptions<TeamViewerOptions> options,
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    TeamViewerTokenProtector protector,
    TimeProvider clock,
    ILogger<TeamViewerTokenSeeder> logger) : IDataSeeder
{
    public int Order => 5;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var token = options.Value.ScriptToken?.Trim();
        if (string.IsNullOrEmpty(token))
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
            ConnectedByName = "configuration (TeamViewer__ScriptToken)",
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("TeamViewer token seeded from configuration");
    }
}
