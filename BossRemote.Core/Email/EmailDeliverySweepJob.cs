using BossRemote.Core.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Email;

/// <summary>
/// Recurring safety net: an active case without its invitation (the process stopped between activating the case and
/// queuing the e-mail) gets it queued, and any delivery still waiting well past its time (its job was lost, or a
/// worker died while sending) is handed to the delivery job again. The attempt's claim keeps this from sending twice.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class EmailDeliverySweepJob(
    IDbContextFactory<BossRemoteDbContext> dbFactory, CustomerInvitations invitations, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const string RecurringJobId = "email-deliveries-sweep";

    public const string Cron = "*/5 * * * *";

    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await invitations.QueueMissingAsync(now, Grace, cancellationToken);

        var before = now - Grace;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stuck = await db.EmailDeliveries
            .Where(d => (d.Status == EmailDeliveryStatus.Queued && d.CreatedAt < before)
                || (d.Status == EmailDeliveryStatus.Retrying && d.NextAttemptAt < before)
                || (d.Status == EmailDeliveryStatus.Sending && d.LockedUntil < before))
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in stuck)
        {
            jobs.Enqueue<EmailDeliveryJob>(job => job.ExecuteAsync(id, CancellationToken.None));
        }
    }
}
