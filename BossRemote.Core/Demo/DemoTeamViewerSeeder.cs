using BossRemote.Core.Data;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Demo;

/// <summary>
/// In demo mode with the simulator, connects a simulator token on a database that has never had TeamViewer settings,
/// so Play works on the first run. Never in Live mode, never over an admin's own choice (a later revoke stands).
/// </summary>
internal sealed class DemoTeamViewerSeeder(
    IOptions<SeedOptions> seed,
    IOptions<TeamViewerOptions> teamViewer,
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    TeamViewerTokenProtector protector,
    TimeProvider clock,
    ILogger<DemoTeamViewerSeeder> logger) : IDataSeeder
{
    public const string SimulatorToken = "demo-simulator-token";

    public int Order => 20; // after TeamViewer__ScriptToken, which wins when set

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!seed.Value.Demo || teamViewer.Value.Mode != TeamViewerMode.Simulator)
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
            ProtectedToken = protector.Protect(SimulatorToken),
            TokenHint = TeamViewerTokenProtector.HintFor(SimulatorToken),
            ConnectedAt = now,
            ConnectedByName = "demo data (simulator)",
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data: TeamViewer connected to the built-in simulator");
    }
}
