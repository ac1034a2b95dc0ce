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
/// start from BossRemote's clock. The database does the summing (see <see cref="SessionSummaryQueries"/>); what comes
/// back is a few hundred rows at most, whatever the number of cases.
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
        var chosen = query.TechnicianIds.Distinct(StringComparer.Ordinal).ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var queries = new SessionSummaryQueries(db, utc, chosen);
        var rows = await queries.ByTechnicianAsync(cancellationToken);
        var groups = await queries.ByTicketFieldsAsync(cancellationToken);
        if (chosen.Count == 0
            && (groups.Sum(g => g.Count) != rows.Where(r => r.State == ServiceCaseState.Closed).Sum(r => r.Count)
                || await queries.ExpiredCountAsync(cancellationToken) != rows.Where(r => r.State == ServiceCaseState.Expired).Sum(r => r.Count)))
        {
            // Some cases were started by accounts that no longer exist; they still count.
            rows = [.. rows, .. await queries.ByRemovedTechnicianAsync(cancellationToken)];
        }

        var technicians = await TechniciansAsync(db, rows, chosen, cancellationToken);
        var categories = await queries.CategoriesAsync(groups.Select(g => TicketFieldKey.Decode(g.Key).CategoryId), cancellationToken);
        return new SessionSummary(
            query.Range, query.TimeZoneId, utc, chosen.Count == 0,
            new SessionTotals(
                technicians.Sum(t => t.Sessions), technicians.Sum(t => t.TotalSeconds), technicians.Sum(t => t.ConnectedSessions),
                technicians.Sum(t => t.ConnectedSeconds), technicians.Sum(t => t.Expired)),
            Fold(groups, k => k.CategoryId, id => categories.TryGetValue(id, out var c) ? c : (int.MaxValue, $"Category {id}")),
            Fold(groups, k => (int)k.Type, type => (type, ((TicketType)type).Text())),
            Fold(groups, k => (int)k.Priority, priority => (priority, ((TicketPriority)priority).Text())),
            Fold(groups, k => (int)k.Source, source => (source, ((TicketSource)source).Text())),
            technicians);
    }

    private static async Task<IReadOnlyList<TechnicianSessions>> TechniciansAsync(
        BossRemoteDbContext db, List<TechnicianStateRow> rows, List<string> chosen, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.TechnicianId).Concat(chosen).Distinct(StringComparer.Ordinal).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        foreach (var removed in ids.Where(id => !names.ContainsKey(id) && rows.Any(r => r.TechnicianId == id)))
        {
            // Cases outlive the account that started them: their own copy of the name stands in.
            names[removed] = await db.ServiceCases.AsNoTracking().Where(c => c.CreatedById == removed)
                .OrderByDescending(c => c.CreatedAt).Select(c => c.CreatedByName).FirstAsync(cancellationToken);
        }

        return [.. ids
            .Where(names.ContainsKey)
            .Select(id =>
            {
                var closed = rows.Where(r => r.TechnicianId == id && r.State == ServiceCaseState.Closed).ToList();
                return new TechnicianSessions(
                    id, names[id], closed.Sum(r => r.Count), SessionMath.Seconds(closed.Sum(r => r.Ticks)),
                    closed.Sum(r => r.ConnectedCount), closed.Sum(r => r.ConnectedSeconds),
                    rows.Where(r => r.TechnicianId == id && r.State == ServiceCaseState.Expired).Sum(r => r.Count));
            })
            .OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Folds the few pre-aggregated groups into one breakdown, in the order people expect.</summary>
    private static IReadOnlyList<SessionGroup> Fold(
        List<TicketFieldRow> groups,
        Func<(int CategoryId, TicketType Type, TicketPriority Priority, TicketSource Source), int> key,
        Func<int, (int Order, string Name)> describe) =>
        [.. groups
            .GroupBy(g => key(TicketFieldKey.Decode(g.Key)))
            .Select(g => (g.Key, Label: describe(g.Key), Count: g.Sum(x => x.Count), Ticks: g.Sum(x => x.Ticks)))
            .OrderBy(x => x.Label.Order).ThenBy(x => x.Label.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(x => new SessionGroup(x.Key, x.Label.Name, x.Count, SessionMath.Seconds(x.Ticks)))];
}
