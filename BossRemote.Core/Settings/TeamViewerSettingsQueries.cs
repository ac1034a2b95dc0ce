using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Settings;

internal static class TeamViewerSettingsQueries
{
    /// <summary>The stored setup, or the defaults (not connected, group <c>BOSS</c>) when nothing was ever saved.</summary>
    public static async Task<TeamViewerSettings> LoadTeamViewerSettingsAsync(
        this BossRemoteDbContext db, CancellationToken cancellationToken) =>
        await db.TeamViewerSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == TeamViewerSettings.SingletonId, cancellationToken)
        ?? new TeamViewerSettings();
}
