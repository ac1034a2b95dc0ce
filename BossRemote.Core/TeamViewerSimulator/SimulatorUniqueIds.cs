using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>Random ids that no row uses yet (checked inside the caller's write transaction).</summary>
internal static class SimulatorUniqueIds
{
    public static async Task<string> NewGroupIdAsync(SimulatorDbContext db, CancellationToken cancellationToken)
    {
        string id;
        do
        {
            id = SimulatorIds.NewGroupId();
        }
        while (await db.Groups.AnyAsync(g => g.Id == id, cancellationToken));

        return id;
    }

    public static async Task<string> NewSessionCodeAsync(SimulatorDbContext db, CancellationToken cancellationToken)
    {
        string code;
        do
        {
            code = SimulatorIds.NewSessionCode();
        }
        while (await db.Sessions.AnyAsync(s => s.Code == code, cancellationToken));

        return code;
    }
}
