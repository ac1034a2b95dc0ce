using BossRemote.Core.Data;
using BossRemote.Core.ServiceCases;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports;

/// <summary>
/// The report's queries (ADR-018): whole UTC months and days from the <see cref="SessionRollup"/> rows, and the part of a local day
/// that does not fill a UTC day (at most one at each end of the range) from the cases themselves, through the covering
/// indexes of <c>ServiceCaseConfiguration</c>. For everyone, the per-technician rows come from one filtered index and the
/// breakdowns from the all-technicians rows (a few per day); for chosen technicians, each one's rows by key.
/// </summary>
internal sealed class SessionSummaryQueries(BossRemoteDbContext db, List<string> chosen)
{
    /// <summary>Closed and expired cases that started in <paramref name="utc"/>, by technician, state and ticket fields.</summary>
    public Task<List<CaseGroupRow>> CasesAsync(UtcRange utc, CancellationToken cancellationToken)
    {
        var cases = db.ServiceCases.AsNoTracking().Where(c => c.CreatedAt >= utc.Start && c.CreatedAt < utc.End);
        if (chosen.Count > 0)
        {
            cases = cases.Where(c => chosen.Contains(c.CreatedById));
        }

        return cases
            .Where(c => c.State == ServiceCaseState.Closed || c.State == ServiceCaseState.Expired)
            .GroupBy(c => new
            {
                c.CreatedById,
                c.State,
                Key = c.Ticket!.CategoryId * TicketFieldKey.CategoryFactor + (long)c.Ticket.Type * TicketFieldKey.TypeFactor
                    + (long)c.Ticket.Priority * TicketFieldKey.PriorityFactor + (long)c.Ticket.Source,
            })
            .Select(g => new CaseGroupRow(
                g.Key.CreatedById, g.Key.State, g.Key.Key, g.Count(), g.Sum(c => c.DurationTicks ?? 0),
                g.Count(c => c.ConnectedSeconds != null), g.Sum(c => (long?)c.ConnectedSeconds) ?? 0))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The rating requests of closed cases that started in <paramref name="utc"/>, by technician and ticket fields
    /// (ADR-023): ratings are few — at most one per case — so they are summed from their own rows, not rolled up.
    /// </summary>
    public Task<List<RatingGroupRow>> RatingsAsync(UtcRange utc, CancellationToken cancellationToken)
    {
        var cases = db.ServiceCases.AsNoTracking()
            .Where(c => c.CreatedAt >= utc.Start && c.CreatedAt < utc.End && c.State == ServiceCaseState.Closed);
        if (chosen.Count > 0)
        {
            cases = cases.Where(c => chosen.Contains(c.CreatedById));
        }

        return cases
            .Join(db.SatisfactionRequests, c => c.Id, r => r.ServiceCaseId, (c, r) => new
            {
                c.CreatedById,
                Key = c.Ticket!.CategoryId * TicketFieldKey.CategoryFactor + (long)c.Ticket.Type * TicketFieldKey.TypeFactor
                    + (long)c.Ticket.Priority * TicketFieldKey.PriorityFactor + (long)c.Ticket.Source,
                r.Rating,
            })
            .GroupBy(x => new { x.CreatedById, x.Key })
            .Select(g => new RatingGroupRow(
                g.Key.CreatedById, g.Key.Key, g.Count(), g.Count(x => x.Rating != null), g.Sum(x => (long?)x.Rating) ?? 0))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The rollup rows of <paramref name="buckets"/>, summed per technician, kind and value.</summary>
    public async Task<List<RollupRow>> RollupAsync(RollupBuckets buckets, CancellationToken cancellationToken)
    {
        var days = db.SessionRollups.AsNoTracking().Where(r => r.Grain == buckets.Grain && r.Day >= buckets.From && r.Day < buckets.To);
        if (chosen.Count > 0)
        {
            return await Sum(days.Where(r => chosen.Contains(r.TechnicianId)), cancellationToken);
        }

        return
        [
            .. await Sum(days.Where(r => r.Kind == SessionRollupKind.Technician), cancellationToken),
            .. await Sum(days.Where(r => r.TechnicianId == SessionRollup.AllTechnicians), cancellationToken),
        ];
    }

    public async Task<Dictionary<int, (int Order, string Name)>> CategoriesAsync(IEnumerable<int> used, CancellationToken cancellationToken)
    {
        var ids = used.Distinct().ToList();
        return await db.TicketCategories.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.SortOrder, c.Name })
            .ToDictionaryAsync(c => c.Id, c => (c.SortOrder, c.Name), cancellationToken);
    }

    private static Task<List<RollupRow>> Sum(IQueryable<SessionRollup> rows, CancellationToken cancellationToken) =>
        rows
            .GroupBy(r => new { r.TechnicianId, r.Kind, r.Value })
            .Select(g => new RollupRow(
                g.Key.TechnicianId, g.Key.Kind, g.Key.Value, g.Sum(r => r.Sessions), g.Sum(r => r.DurationTicks),
                g.Sum(r => r.ConnectedSessions), g.Sum(r => r.ConnectedSeconds)))
            .ToListAsync(cancellationToken);
}
