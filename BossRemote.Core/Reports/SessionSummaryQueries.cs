using BossRemote.Core.Data;
using BossRemote.Core.ServiceCases;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports;

/// <summary>
/// The report's GROUP BY queries, shaped for the two covering indexes of <c>ServiceCaseConfiguration</c>. Start times
/// are compared as stored (UTC text, ordered like the instants), so the range is an index seek. The technician query
/// names the people it groups by (the chosen ones, or everyone with an account) so SQLite reads the technician index
/// in group order and never sorts; the breakdown groups one packed integer (<see cref="TicketFieldKey"/>).
/// </summary>
internal sealed class SessionSummaryQueries(BossRemoteDbContext db, UtcRange utc, List<string> chosen)
{
    private IQueryable<ServiceCase> Cases
    {
        get
        {
            var cases = db.ServiceCases.AsNoTracking().Where(c => c.CreatedAt >= utc.Start && c.CreatedAt < utc.End);
            return chosen.Count > 0 ? cases.Where(c => chosen.Contains(c.CreatedById)) : cases;
        }
    }

    private IQueryable<string> People => db.Users.Select(u => u.Id);

    public Task<List<TechnicianStateRow>> ByTechnicianAsync(CancellationToken cancellationToken) =>
        SumByTechnicianAsync(chosen.Count > 0 ? Cases : Cases.Where(c => People.Contains(c.CreatedById)), cancellationToken);

    /// <summary>Cases whose technician has no account any more (a slow path, taken only when the totals say so).</summary>
    public Task<List<TechnicianStateRow>> ByRemovedTechnicianAsync(CancellationToken cancellationToken) =>
        SumByTechnicianAsync(Cases.Where(c => !People.Contains(c.CreatedById)), cancellationToken);

    public Task<int> ExpiredCountAsync(CancellationToken cancellationToken) =>
        Cases.CountAsync(c => c.State == ServiceCaseState.Expired, cancellationToken);

    public Task<List<TicketFieldRow>> ByTicketFieldsAsync(CancellationToken cancellationToken) =>
        Cases
            .Where(c => c.State == ServiceCaseState.Closed)
            .GroupBy(c => c.Ticket!.CategoryId * TicketFieldKey.CategoryFactor + (long)c.Ticket.Type * TicketFieldKey.TypeFactor
                + (long)c.Ticket.Priority * TicketFieldKey.PriorityFactor + (long)c.Ticket.Source)
            .Select(g => new TicketFieldRow(g.Key, g.Count(), g.Sum(c => c.DurationTicks!.Value)))
            .ToListAsync(cancellationToken);

    public async Task<Dictionary<int, (int Order, string Name)>> CategoriesAsync(IEnumerable<int> used, CancellationToken cancellationToken)
    {
        var ids = used.Distinct().ToList();
        return await db.TicketCategories.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.SortOrder, c.Name })
            .ToDictionaryAsync(c => c.Id, c => (c.SortOrder, c.Name), cancellationToken);
    }

    private static Task<List<TechnicianStateRow>> SumByTechnicianAsync(IQueryable<ServiceCase> cases, CancellationToken cancellationToken) =>
        cases
            .Where(c => c.State == ServiceCaseState.Closed || c.State == ServiceCaseState.Expired)
            .GroupBy(c => new { c.CreatedById, c.State })
            .Select(g => new TechnicianStateRow(
                g.Key.CreatedById, g.Key.State, g.Count(), g.Sum(c => c.DurationTicks!.Value),
                g.Count(c => c.ConnectedSeconds != null), g.Sum(c => (long?)c.ConnectedSeconds) ?? 0))
            .ToListAsync(cancellationToken);
}
