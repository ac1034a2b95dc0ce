using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Reports.Scheduled;

internal sealed class ReportSubscriptionRunConfiguration : IEntityTypeConfiguration<ReportSubscriptionRun>
{
    public void Configure(EntityTypeBuilder<ReportSubscriptionRun> builder)
    {
        // Never twice for one period: one row per subscription and period, saved with its e-mail.
        builder.HasIndex(r => new { r.SubscriptionId, r.PeriodFrom }).IsUnique();
        builder.HasOne<ReportSubscription>().WithMany().HasForeignKey(r => r.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Delivery).WithMany().HasForeignKey(r => r.EmailDeliveryId).OnDelete(DeleteBehavior.Restrict);
    }
}
