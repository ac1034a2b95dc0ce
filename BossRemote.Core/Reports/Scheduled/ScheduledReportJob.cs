using System.Globalization;
using BossRemote.Core.Data;
using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Identity;
using BossRemote.Core.Settings;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Reports.Scheduled;

/// <summary>
/// Recurring: queues every subscribed report whose period has fallen due in its subscriber's zone and was not queued
/// yet, as an e-mail with the summary table in the body and the CSV attached, through the same delivery as all mail
/// (retries, outbox). The period's run row and the e-mail are stored in one save under unique indexes, so a restart, a
/// run that overlaps or a second instance never queues one period twice (ADR-022). Only the latest due period is
/// sent: after a long outage the people get this week's report, not a pile of old ones.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 300)]
[AutomaticRetry(Attempts = 0)]
public sealed class ScheduledReportJob(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    SessionSummaryService reports,
    LiquidTemplateEngine engine,
    BrandingService branding,
    EmailDeliveryQueue queue,
    TimeProvider clock,
    ILogger<ScheduledReportJob> logger)
{
    public const string RecurringJobId = "scheduled-reports";

    /// <summary>Every quarter hour, so zones a half or quarter hour off UTC still get theirs close to 07:00.</summary>
    public const string Cron = "*/15 * * * *";

    public Task ExecuteAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    /// <returns>How many reports were queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = 0;
        foreach (var (subscriber, period) in await DueAsync(now, cancellationToken))
        {
            try
            {
                if (await QueueAsync(subscriber, period, now, cancellationToken))
                {
                    queued++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One subscription's trouble does not hold back the others; the next run tries it again.
                logger.LogError(ex, "The scheduled report of subscription {SubscriptionId} could not be queued", subscriber.Subscription.Id);
            }
        }

        return queued;
    }

    private async Task<List<(Subscriber Subscriber, ReportPeriod Period)>> DueAsync(DateTime now, CancellationToken cancellationToken)
    {
        string[] roles = [Roles.Supervisor, Roles.Admin];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscribers = await db.ReportSubscriptions.AsNoTracking()
            .Select(s => new Subscriber(
                s,
                db.Users.Where(u => u.Id == s.UserId).Select(u => u.Email).Single(),
                db.Users.Where(u => u.Id == s.UserId).Select(u => u.DisplayName).Single(),
                db.Users.Where(u => u.Id == s.UserId).Select(u => u.LockoutEnd).Single(),
                db.UserRoles.Any(ur => ur.UserId == s.UserId && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!)))))
            .ToListAsync(cancellationToken);

        var due = new List<(Subscriber, ReportPeriod)>();
        foreach (var subscriber in subscribers)
        {
            var subscription = subscriber.Subscription;
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(subscription.TimeZoneId, out var zone))
            {
                logger.LogError("Report subscription {SubscriptionId} names an unknown time zone {Zone}", subscription.Id, subscription.TimeZoneId);
                continue;
            }

            var period = ReportSchedule.Latest(subscription.Frequency, zone, now);
            if (!subscription.Covers(period)
                || await db.ReportSubscriptionRuns.AnyAsync(r => r.SubscriptionId == subscription.Id && r.PeriodFrom == period.Days.From, cancellationToken))
            {
                continue;
            }

            if (!subscriber.MayReceive)
            {
                // Reports are for supervisors and admins: a person who lost the role, or was disabled, gets none (ADR-004).
                logger.LogWarning("Report subscription {SubscriptionId} skipped: its owner may no longer see reports", subscription.Id);
                continue;
            }

            due.Add((subscriber, period));
        }

        return due;
    }

    private async Task<bool> QueueAsync(Subscriber subscriber, ReportPeriod period, DateTime now, CancellationToken cancellationToken)
    {
        var subscription = subscriber.Subscription;
        var summary = await reports.ComputeAsync(subscription.QueryFor(period), cancellationToken);
        var company = await branding.GetAsync(cancellationToken);
        var rendered = await engine.RenderAsync(ScheduledReportEmail.Subject, ScheduledReportEmail.Body,
            ScheduledReportEmail.Model(summary, subscription.Frequency, company.CompanyName));
        var delivery = new EmailDelivery
        {
            Key = string.Create(CultureInfo.InvariantCulture, $"scheduled-report:{subscription.Id}:{period.Days.From:yyyy-MM-dd}"),
            Kind = EmailKind.ScheduledReport,
            RecipientEmail = subscriber.Email!.Trim(),
            RecipientName = subscriber.Name,
            Subject = rendered.Subject,
            HtmlBody = rendered.HtmlBody,
            AttachmentName = SessionSummaryCsv.FileName(summary),
            AttachmentContentType = CsvFile.ContentType,
            AttachmentContent = CsvFile.Bytes(SessionSummaryCsv.Write(summary)),
        };
        var stored = await queue.QueueWithAsync(delivery, (db, d) => db.ReportSubscriptionRuns.Add(new ReportSubscriptionRun
        {
            SubscriptionId = subscription.Id, PeriodFrom = period.Days.From, PeriodTo = period.Days.To, Delivery = d, CreatedAt = now,
        }), cancellationToken);
        if (stored)
        {
            logger.LogInformation("Scheduled report {SubscriptionId} for {From}–{To} queued to {Recipient}",
                subscription.Id, period.Days.From, period.Days.To, delivery.RecipientEmail);
        }

        return stored;
    }

    private sealed record Subscriber(ReportSubscription Subscription, string? Email, string Name, DateTimeOffset? LockoutEnd, bool HasReportsRole)
    {
        public bool MayReceive => HasReportsRole && !UserLockout.IsDisabled(LockoutEnd) && !string.IsNullOrWhiteSpace(Email);
    }
}
