using BossRemote.Core.Data;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Applies the custom QuickSupport module (SPEC §3.7) to a new case. <c>custom_module_id</c> is not a field of the
/// create call (doc §6), so it takes a second call — made here, after Play has answered, instead of inside it. Safe to
/// run twice (the PUT sets the same value); a busy TeamViewer is retried a few times; a refusal is logged, and the case stands either way.
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class CustomModuleJob(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    ILogger<CustomModuleJob> logger)
{
    public async Task ExecuteAsync(long serviceCaseId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var code = await db.ServiceCases.Where(c => c.Id == serviceCaseId && c.State == ServiceCaseState.Active)
            .Select(c => c.SessionCode).SingleOrDefaultAsync(cancellationToken);
        var moduleId = (await db.LoadTeamViewerSettingsAsync(cancellationToken)).CustomModuleId;
        if (code is null || string.IsNullOrWhiteSpace(moduleId))
        {
            return; // ended meanwhile, or the module was removed from the setup
        }

        try
        {
            await teamViewer.UpdateSessionAsync(code, new UpdateSessionRequest { CustomModuleId = moduleId }, cancellationToken);
        }
        catch (TeamViewerException ex) when (!ex.IsTransient)
        {
            logger.LogWarning("Could not apply custom QuickSupport module to {SessionCode}: {Kind}", code, ex.Kind);
        }
    }
}
