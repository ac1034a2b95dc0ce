using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// Applies the simulator's migrations before the app serves, as a start-up step of the help desk's database, and makes
/// the installation's key on the first start (under the start-up lock, so instances starting together agree). A Live
/// deployment never touches the simulator, so nothing is created there.
/// </summary>
internal sealed class SimulatorDatabaseInitializer(
    IDbContextFactory<SimulatorDbContext> dbFactory,
    SimulatorInstallationKey installationKey,
    IOptions<TeamViewerOptions> teamViewer) : IStartupStep
{
    public int Order => 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (teamViewer.Value.Mode != TeamViewerMode.Simulator)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken); // logs each migration it applies
        await installationKey.GetAsync(cancellationToken);
    }
}
