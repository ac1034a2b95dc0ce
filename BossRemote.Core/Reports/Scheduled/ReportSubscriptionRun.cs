using BossRemote.Core.Email;

namespace BossRemote.Core.Reports.Scheduled;

/// <summary>
/// "This subscription's report for the period starting <see cref="PeriodFrom"/> was queued": stored in the same save as
/// its e-mail, under a unique index, so a restart, a second run or a second instance never sends one period twice.
/// </summary>
public sealed class ReportSubscriptionRun
{
    public long Id { get; set; }

    public long SubscriptionId { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    public long EmailDeliveryId { get; set; }

    public EmailDelivery? Delivery { get; set; }

    public DateTime CreatedAt { get; set; }
}
