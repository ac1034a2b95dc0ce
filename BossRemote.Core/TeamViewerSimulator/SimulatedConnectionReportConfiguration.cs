using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.TeamViewerSimulator;

internal sealed class SimulatedConnectionReportConfiguration : IEntityTypeConfiguration<SimulatedConnectionReport>
{
    public void Configure(EntityTypeBuilder<SimulatedConnectionReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(36);
        builder.Property(r => r.AccountId).HasMaxLength(20).IsRequired();
        builder.Property(r => r.UserId).HasMaxLength(20).IsRequired();
        builder.Property(r => r.UserName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.DeviceId).HasMaxLength(20);
        builder.Property(r => r.DeviceName).HasMaxLength(100);
        builder.Property(r => r.GroupId).HasMaxLength(20);
        builder.Property(r => r.GroupName).HasMaxLength(SimulatedGroup.NameMaxLength);
        builder.Property(r => r.Fee).HasPrecision(18, 2);
        builder.Property(r => r.Currency).HasMaxLength(3).IsRequired();
        builder.Property(r => r.BillingState).HasMaxLength(10).IsRequired();
        builder.Property(r => r.Notes).HasMaxLength(SimulatedSession.TextMaxLength);
        builder.Property(r => r.SessionCode).HasMaxLength(20);
        builder.Property(r => r.AssignedUserId).HasMaxLength(20);
        builder.Property(r => r.SessionNote).HasMaxLength(SimulatedSession.TextMaxLength);
        builder.Property(r => r.CustomApi).HasMaxLength(SimulatedSession.TextMaxLength);
        builder.Property(r => r.EndCustomerName).HasMaxLength(100);
        builder.Property(r => r.EndCustomerEmail).HasMaxLength(254);

        // The list is per account, newest end date first; the id breaks ties and is the paging key.
        builder.HasIndex(r => new { r.AccountId, r.EndDate, r.Id });
        builder.HasIndex(r => new { r.AccountId, r.SessionCode });
    }
}
