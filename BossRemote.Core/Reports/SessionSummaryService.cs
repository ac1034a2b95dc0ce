using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports;

/// <summary>
/// Reports ➜ Integrations ➜ TeamViewer Session Summary (SPEC §4). Counts closed cases whose start falls in the range;
/// expired ones are counted apart and never in a duration; pending and active ones are not counted. Duration is end −
/// start from BossRemote's clock. The database does the summing: two GROUP BY queries whose answers are a few hundred
/// rows at most, whatever the number of cases.
/// </summary>
public sealed class SessionSummaryService(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access)
{
    public async Task<SessionSummary> GetAsync(
        ClaimsPrincipal user, SessionSummaryQuery query, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Reports, "view reports");
        if (query.Validate() is { } error)
        {
            throw new ArgumentException(error, nameof(query));
        }

        var utc = query.Range.ToUtc(TimeZoneInfo.FindSystemTimeZoneById(query.TimeZoneId));
        var technicianIds = query.TechnicianIds.Distinct(StringComparer.Ordinal).ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cases = db.ServiceCases.AsNoTracking().Where(c => c.CreatedAt >= utc.Start && c.CreatedAt < utc.End);
        if (technicianIds.Count > 0)
        {
            cases = cases.Where(c => technicianIds.Contains(c.CreatedById));
        }

        var technicians = await ByTechnicianAsync(db, cases, technicianIds, cancellationToken);
        var groups = await ByTicketFieldsAsync(cases, cancellationToken);
        var categories = await CategoriesAsync(db, groups.Select(g => g.CategoryId), cancellationToken);

        return new SessionSummary(
            query.Range, query.TimeZoneId, utc, technicianIds.Count == 0,
            Total(technicians),
            Fold(groups, g => g.CategoryId, id => categories.TryGetValue(id, out var c) ? c : (int.MaxValue, $"Category {id}")),
            Fold(groups, g => g.Type, type => ((int)type, type.Text())),
            Fold(groups, g => g.Priority, priority => ((int)priority, priority.Text())),
            Fold(groups, g => g.Source, source => ((int)source, source.Text())),
            technicians);
    }

    private static async Task<IReadOnlyList<TechnicianSessions>> ByTechnicianAsync(
        BossRemoteDbContext db, IQueryable<ServiceCase> cases, List<string> chosen, CancellationToken cancellationToken)
    {
        var rows = await cases
            .Where(c => c.State == ServiceCaseState.Closed || c.State == ServiceCaseState.Expired)
            .GroupBy(c => new { c.CreatedById, c.State })
            .Select(g => new
            {
                g.Key.CreatedById,
                g.Key.State,
                Count = g.Count(),
                Ticks = g.Sum(c => c.EndedAt!.Value.Ticks - c.CreatedAt.Ticks),
                ConnectedCount = g.Count(c => c.ConnectedSeconds != null),
                Connected = g.Sum(c => (long?)c.ConnectedSeconds) ?? 0,
                Name = g.Max(c => c.CreatedByName),
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.CreatedById).Concat(chosen).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        return [.. ids
            .Where(id => names.ContainsKey(id) || rows.Any(r => r.CreatedById == id))
            .Select(id =>
            {
                var closed = rows.Where(r => r.CreatedById == id && r.State == ServiceCaseState.Closed).ToList();
                var name = names.TryGetValue(id, out var current) && !string.IsNullOrWhiteSpace(current)
                    ? current
                    : rows.First(r => r.CreatedById == id).Name ?? id;
                return new TechnicianSessions(
                    id, name, closed.Sum(r => r.Count), SessionMath.Seconds(closed.Sum(r => r.Ticks)),
                    closed.Sum(r => r.ConnectedCount), closed.Sum(r => r.Connected),
                    rows.Where(r => r.CreatedById == id && r.State == ServiceCaseState.Expired).Sum(r => r.Count));
            })
            .OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private static Task<List<TicketFieldGroup>> ByTicketFieldsAsync(IQueryable<ServiceCase> cases, CancellationToken cancellationToken) =>
        cases
            .Where(c => c.State == ServiceCaseState.Closed)
            .GroupBy(c => new { c.Ticket!.CategoryId, c.Ticket.Type, c.Ticket.Priority, c.Ticket.Source })
            .Select(g => new TicketFieldGroup(
                g.Key.CategoryId, g.Key.Type, g.Key.Priority, g.Key.Source,
                g.Count(), g.Sum(c => c.EndedAt!.Value.Ticks - c.CreatedAt.Ticks)))
            .ToListAsync(cancellationToken);

    private static async Task<Dictionary<int, (int Order, string Name)>> CategoriesAsync(
        BossRemoteDbContext db, IEnumerable<int> used, CancellationToken cancellationToken)
    {
        var ids = used.Distinct().ToList();
        return await db.TicketCategories.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (c.SortOrder, c.Name), cancellationToken);
    }

    private static SessionTotals Total(IReadOnlyList<TechnicianSessions> technicians) => new(
        technicians.Sum(t => t.Sessions), technicians.Sum(t => t.TotalSeconds), technicians.Sum(t => t.ConnectedSessions),
        technicians.Sum(t => t.ConnectedSeconds), technicians.Sum(t => t.Expired));

    /// <summary>Folds the few pre-aggregated groups into one breakdown, in the order people expect.</summary>
    private static IReadOnlyList<SessionGroup> Fold<TKey>(
        List<TicketFieldGroup> groups, Func<TicketFieldGroup, TKey> key, Func<TKey, (int Order, string Name)> describe)
        where TKey : notnull =>
        [.. groups
            .GroupBy(key)
            .Select(g => (Label: describe(g.Key), Group: new SessionGroup(describe(g.Key).Name, g.Sum(x => x.Count), SessionMath.Seconds(g.Sum(x => x.Ticks)))))
            .OrderBy(x => x.Label.Order).ThenBy(x => x.Label.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(x => x.Group)];

    private sealed record TicketFieldGroup(
        int CategoryId, TicketType Type, TicketPriority Priority, TicketSource Source, int Count, long Ticks);
}
