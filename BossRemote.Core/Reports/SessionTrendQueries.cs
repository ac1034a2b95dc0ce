using BossRemote.Core.Data;
using BossRemote.Core.ServiceCases;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports;

/// <summary>
/// The trend's two reads (ADR-021): closed sessions per whole UTC day from the rollup, and closed cases of a piece of a
/// day through the covering indexes. For everyone the day rows are the all-technicians rows of one breakdown (type: three
/// values, every closed case in exactly one); for chosen technicians their own closed rows, by key.
/// </summary>
internal sealed class SessionTrendQueries(BossRemoteDbContext db, List<string> chosen)
{
    public Task<Dictionary<int, (int Sessions, long Ticks)>> DaysAsync(int from, int to, CancellationToken cancellationToken)
    {
        var rows = db.SessionRollups.AsNoTracking().Where(r => r.Grain == SessionRollupGrain.Day && r.Day >= from && r.Day < to);
        rows = chosen.Count > 0
            ? rows.Where(r => chosen.Contains(r.TechnicianId) && r.Kind == SessionRollupKind.Technician && r.Value == (int)ServiceCaseState.Closed)
            : rows.Where(r => r.TechnicianId == SessionRollup.AllTechnicians && r.Kind == SessionRollupKind.Type);
        return rows
            .GroupBy(r => r.Day)
            .Select(g => new { Day = g.Key, Sessions = g.Sum(r => r.Sessions), Ticks = g.Sum(r => r.DurationTicks) })
            .ToDictionaryAsync(d => d.Day, d => (d.Sessions, d.Ticks), cancellationToken);
    }

    public async Task<(int Sessions, long Ticks)> CasesAsync(UtcRange utc, CancellationToken cancellationToken)
    {
        var cases = db.ServiceCases.AsNoTracking()
            .Where(c => c.CreatedAt >= utc.Start && c.CreatedAt < utc.End && c.State == ServiceCaseState.Closed);
        if (chosen.Count > 0)
        {
            cases = cases.Where(c => chosen.Contains(c.CreatedById));
        }

        var sums = await cases
            .GroupBy(c => 1)
            .Select(g => new { Sessions = g.Count(), Ticks = g.Sum(c => c.DurationTicks ?? 0) })
            .FirstOrDefaultAsync(cancellationToken);
        return sums is null ? (0, 0) : (sums.Sessions, sums.Ticks);
    }
}
