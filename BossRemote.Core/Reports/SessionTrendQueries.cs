using BossRemote.Core.Data;
using BossRemote.Core.ServiceCases;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports;

/// <summary>
/// The trend's two reads (ADR-021): closed sessions per whole UTC day from the rollup, and the closed cases of the cut
/// days' pieces through the covering indexes. For everyone the day rows are the all-technicians rows of one breakdown (type: three
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

    /// <summary>
    /// The closed cases of every piece, in one round trip: one index range per piece, joined by UNION ALL, summed per
    /// piece (the piece's number is the first column of each part).
    /// </summary>
    public async Task<Dictionary<UtcRange, (int Sessions, long Ticks)>> PiecesAsync(IReadOnlyList<UtcRange> pieces, CancellationToken cancellationToken)
    {
        if (pieces.Count == 0)
        {
            return [];
        }

        var union = pieces.Select(Piece).Aggregate((all, next) => all.Concat(next));
        var sums = await union
            .GroupBy(c => c.Piece)
            .Select(g => new { Piece = g.Key, Sessions = g.Count(), Ticks = g.Sum(c => c.Ticks) })
            .ToDictionaryAsync(s => s.Piece, s => (s.Sessions, s.Ticks), cancellationToken);
        return pieces.Select((p, i) => (p, sums.GetValueOrDefault(i))).ToDictionary(x => x.p, x => x.Item2);
    }

    private IQueryable<PieceCase> Piece(UtcRange utc, int piece)
    {
        var cases = db.ServiceCases.AsNoTracking()
            .Where(c => c.State == ServiceCaseState.Closed && c.CreatedAt >= utc.Start && c.CreatedAt < utc.End);
        if (chosen.Count > 0)
        {
            cases = cases.Where(c => chosen.Contains(c.CreatedById));
        }

        return cases.Select(c => new PieceCase { Piece = piece, Ticks = c.DurationTicks ?? 0 });
    }

    private sealed class PieceCase
    {
        public int Piece { get; init; }

        public long Ticks { get; init; }
    }
}
