using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.ServiceCases;

internal sealed class ReportWriteBackConfiguration : IEntityTypeConfiguration<ReportWriteBack>
{
    public void Configure(EntityTypeBuilder<ReportWriteBack> builder)
    {
        builder.HasKey(w => w.ServiceCaseId);
        builder.Property(w => w.ServiceCaseId).ValueGeneratedNever();
        builder.Property(w => w.LastError).HasMaxLength(ReportWriteBack.ErrorMaxLength);
        builder.HasOne<ServiceCase>().WithOne().HasForeignKey<ReportWriteBack>(w => w.ServiceCaseId).OnDelete(DeleteBehavior.Cascade);

        // The sweep looks for pending ones that are due; the settings page for the failed ones, newest first.
        builder.HasIndex(w => new { w.State, w.NextAttemptAt });
        builder.HasIndex(w => new { w.State, w.CompletedAt });
    }
}
