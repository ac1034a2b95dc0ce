using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports.Scheduled;

/// <summary>
/// Subscribing to the Session Summary by e-mail (ADR-022): supervisors and admins (the Reports policy), each for
/// themselves; everyone lists and removes their own, admins everyone's. Input comes from a page, so it is checked here.
/// </summary>
public sealed class ReportSubscriptionService(
    IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access, TechnicianDirectory directory, AuditLog audit, TimeProvider clock)
{
    public const int MaxPerPerson = 20;

    public async Task<OperationResult> SubscribeAsync(
        ClaimsPrincipal user, ReportFrequency frequency, string timeZoneId, IReadOnlyList<string> technicianIds, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Reports, "subscribe to reports");
        var userId = user.GetUserId() ?? throw new AccessDeniedException("subscribe to reports");
        if (!Enum.IsDefined(frequency))
        {
            return OperationResult.Fail("Choose weekly or monthly.");
        }

        if (new SessionSummaryQuery(technicianIds, new DayRange(default, default), timeZoneId).Validate() is { } problem)
        {
            return OperationResult.Fail(problem);
        }

        var known = (await directory.ListAsync(cancellationToken)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        if (technicianIds.Any(id => !known.Contains(id)))
        {
            return OperationResult.Fail("Some of the chosen technicians no longer exist; choose again.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)))
        {
            return OperationResult.Fail("Your account has no e-mail address to send the report to.");
        }

        var mine = db.ReportSubscriptions.Where(s => s.UserId == userId);
        var joined = ReportSubscription.Join(technicianIds);
        if (await mine.AnyAsync(s => s.Frequency == frequency && s.TimeZoneId == timeZoneId && s.TechnicianIds == joined, cancellationToken))
        {
            return OperationResult.Fail("You already receive this report.");
        }

        if (await mine.CountAsync(cancellationToken) >= MaxPerPerson)
        {
            return OperationResult.Fail($"You can have at most {MaxPerPerson} report subscriptions; remove one first.");
        }

        db.ReportSubscriptions.Add(ReportSubscription.Create(userId, frequency, timeZoneId, technicianIds, clock.GetUtcNow().UtcDateTime));
        audit.Add(db, user, await UserNames.DisplayNameAsync(db, user, cancellationToken), AuditActions.ReportSubscribed,
            $"{frequency} TeamViewer Session Summary in {timeZoneId}, {(technicianIds.Count == 0 ? "all technicians" : $"{technicianIds.Count} technician(s)")}");
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    /// <summary>The person's own subscriptions; an admin sees everyone's. Oldest first.</summary>
    public async Task<IReadOnlyList<ReportSubscriptionView>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Reports, "view report subscriptions");
        var userId = user.GetUserId();
        var everyone = await access.IsAllowedAsync(user, Policies.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ReportSubscriptions.AsNoTracking()
            .Where(s => everyone || s.UserId == userId)
            .OrderBy(s => s.Id)
            .Select(s => new
            {
                Subscription = s,
                Owner = db.Users.Where(u => u.Id == s.UserId).Select(u => u.DisplayName).Single(),
                Last = db.ReportSubscriptionRuns.Where(r => r.SubscriptionId == s.Id).OrderByDescending(r => r.PeriodFrom)
                    .Select(r => new { r.PeriodFrom, r.PeriodTo, r.Delivery!.Status }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var ids = rows.SelectMany(r => r.Subscription.Technicians).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. rows.Select(r =>
        {
            var s = r.Subscription;
            return new ReportSubscriptionView(
                s.Id, r.Owner, s.UserId == userId, s.Frequency, s.TimeZoneId,
                s.Technicians.Count == 0 ? "All technicians" : string.Join(", ", s.Technicians.Select(id => names.GetValueOrDefault(id, "(removed)"))),
                ReportSchedule.Next(s.Frequency, ZoneOf(s), now).DueUtc,
                r.Last is null ? null : new DayRange(r.Last.PeriodFrom, r.Last.PeriodTo), r.Last?.Status);
        })];
    }

    /// <summary>The subscription's zone; UTC should the system no longer know it (the job logs and skips such a one).</summary>
    internal static TimeZoneInfo ZoneOf(ReportSubscription subscription) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(subscription.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Removes one of the person's own subscriptions (an admin: anyone's); its record of sent periods goes with it.</summary>
    public async Task<OperationResult> RemoveAsync(ClaimsPrincipal user, long subscriptionId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Reports, "remove report subscriptions");
        var userId = user.GetUserId();
        var everyone = await access.IsAllowedAsync(user, Policies.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscription = await db.ReportSubscriptions
            .Where(s => s.Id == subscriptionId && (everyone || s.UserId == userId))
            .Select(s => new { s.Frequency, Owner = db.Users.Where(u => u.Id == s.UserId).Select(u => u.DisplayName).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (subscription is null || await db.ReportSubscriptions.Where(s => s.Id == subscriptionId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return OperationResult.Fail("That subscription no longer exists.");
        }

        audit.Add(db, user, await UserNames.DisplayNameAsync(db, user, cancellationToken), AuditActions.ReportUnsubscribed,
            $"{subscription.Frequency} TeamViewer Session Summary of {subscription.Owner}");
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }
}
