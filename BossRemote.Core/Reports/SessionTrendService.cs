using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports;

/// <summary>
/// The Session Summary's trend (ADR-021): closed sessions and their total duration per local day, week or month of the
/// same query, counted exactly as the summary counts them, so the points add up to its totals. Empty periods are zero.
/// </summary>
public sealed class SessionTrendService(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access)
{
    public async Task<SessionTrend> GetAsync(ClaimsPrincipal user, SessionSummaryQuery query, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Reports, "view reports");
        if (query.Validate() is { } error)
        {
            throw new ArgumentException(error, nameof(query));
        }

        var periods = TrendPeriods.Of(query.Range, TimeZoneInfo.FindSystemTimeZoneById(query.TimeZoneId));
        var terms = TrendPlan.Of([.. periods.Select(p => p.Utc)]);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var queries = new SessionTrendQueries(db, [.. query.TechnicianIds.Distinct(StringComparer.Ordinal)]);

        var rollupDays = terms.Where(t => t.RollupDay is not null).Select(t => t.RollupDay!.Value).ToList();
        var days = rollupDays.Count == 0 ? [] : await queries.DaysAsync(rollupDays.Min(), rollupDays.Max() + 1, cancellationToken);
        var pieces = await queries.PiecesAsync([.. terms.Where(t => t.Cases is not null).Select(t => t.Cases!.Value).Distinct()], cancellationToken);

        var sums = new (int Sessions, long Ticks)[periods.Count];
        foreach (var term in terms)
        {
            var (sessions, ticks) = term.RollupDay is { } day ? days.GetValueOrDefault(day) : pieces[term.Cases!.Value];
            sums[term.Period] = (sums[term.Period].Sessions + term.Sign * sessions, sums[term.Period].Ticks + term.Sign * ticks);
        }

        return new SessionTrend(TrendPeriods.GrainOf(query.Range), [.. periods.Select((p, i) => new TrendPoint(p, sums[i].Sessions, sums[i].Ticks))]);
    }
}
