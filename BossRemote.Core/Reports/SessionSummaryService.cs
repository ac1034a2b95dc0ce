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
/// start from BossRemote's clock. The database does the summing: whole UTC months and days from the rollup, the rest of the local days
/// from the cases (see <see cref="SessionSummaryQueries"/>, ADR-018); what comes back is a few hundred rows at most,
/// whatever the number of cases.
/// </summary>
public sealed class SessionSummaryService(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access)
{
    public async Task<SessionSummary> GetAsync(
        ClaimsPrincipal user, SessionSummaryQuery query, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Reports, "view reports");
        return await ComputeAsync(query, cancellationToken);
    }

    /// <summary>The report without a person's check: for the scheduled reports, which check their subscriber themselves (ADR-004).</summary>
    internal async Task<SessionSummary> ComputeAsync(SessionSummaryQuery query, CancellationToken cancellationToken)
    {
        if (query.Validate() is { } error)
        {
            throw new ArgumentException(error, nameof(query));
        }

        var utc = query.Range.ToUtc(TimeZoneInfo.FindSystemTimeZoneById(query.TimeZoneId));
        var chosen = query.TechnicianIds.Distinct(StringComparer.Ordinal).ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var queries = new SessionSummaryQueries(db, chosen);
        var period = RollupPeriod.Of(utc);
        var figures = new SessionFigures();
        foreach (var buckets in period.Buckets)
        {
            foreach (var row in await queries.RollupAsync(buckets, cancellationToken))
            {
                figures.Add(row);
            }
        }

        foreach (var edge in period.Edges)
        {
            foreach (var row in await queries.CasesAsync(edge, cancellationToken))
            {
                figures.Add(row);
            }
        }

        var ratings = new SessionRatings(await queries.RatingsAsync(utc, cancellationToken));
        var technicians = (await TechniciansAsync(db, figures.Technicians, chosen, cancellationToken))
            .Select(t => t with { Ratings = ratings.ForTechnician(t.TechnicianId) }).ToList();
        var categoryRows = figures.Field(SessionRollupKind.Category);
        var categories = await queries.CategoriesAsync(categoryRows.Select(c => c.Value), cancellationToken);
        return new SessionSummary(
            query.Range, query.TimeZoneId, utc, chosen.Count == 0,
            new SessionTotals(
                technicians.Sum(t => t.Sessions), technicians.Sum(t => t.TotalSeconds), technicians.Sum(t => t.ConnectedSessions),
                technicians.Sum(t => t.ConnectedSeconds), technicians.Sum(t => t.Expired)) { Ratings = ratings.Total },
            Fold(categoryRows, id => categories.TryGetValue(id, out var c) ? c : (int.MaxValue, $"Category {id}"), ratings, SessionRollupKind.Category),
            Fold(figures.Field(SessionRollupKind.Type), type => (type, ((TicketType)type).Text()), ratings, SessionRollupKind.Type),
            Fold(figures.Field(SessionRollupKind.Priority), priority => (priority, ((TicketPriority)priority).Text()), ratings, SessionRollupKind.Priority),
            Fold(figures.Field(SessionRollupKind.Source), source => (source, ((TicketSource)source).Text()), ratings, SessionRollupKind.Source),
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

    /// <summary>One breakdown from its few pre-aggregated rows, in the order people expect.</summary>
    private static IReadOnlyList<SessionGroup> Fold(
        List<(int Value, int Count, long Ticks)> rows, Func<int, (int Order, string Name)> describe, SessionRatings ratings, SessionRollupKind kind) =>
        [.. rows
            .Select(x => (x.Value, Label: describe(x.Value), x.Count, x.Ticks))
            .OrderBy(x => x.Label.Order).ThenBy(x => x.Label.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(x => new SessionGroup(x.Value, x.Label.Name, x.Count, SessionMath.Seconds(x.Ticks)) { Ratings = ratings.For(kind, x.Value) })];
}
