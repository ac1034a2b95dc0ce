using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// Applies the simulator's migrations before the app serves (hosted services start before the server listens).
/// A Live deployment never touches the simulator, so nothing is created there.
/// </summary>
internal sealed class SimulatorDatabaseInitializer(
    IDbContextFactory<SimulatorDbContext> dbFactory,
    IOptions<TeamViewerOptions> teamViewer,
    ILogger<SimulatorDatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (teamViewer.Value.Mode != TeamViewerMode.Simulator)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} TeamViewer simulator migration(s): {Migrations}", pending.Count, pending);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
