using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.TeamViewerSimulator;

internal sealed class SimulatedSessionConfiguration : IEntityTypeConfiguration<SimulatedSession>
{
    public void Configure(EntityTypeBuilder<SimulatedSession> builder)
    {
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(20);
        builder.Property(s => s.AccountId).HasMaxLength(20).IsRequired();
        builder.Property(s => s.GroupId).HasMaxLength(20).IsRequired();
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Description).HasMaxLength(SimulatedSession.TextMaxLength);
        builder.Property(s => s.WaitingMessage).HasMaxLength(SimulatedSession.TextMaxLength);
        builder.Property(s => s.EndCustomerName).HasMaxLength(100);
        builder.Property(s => s.EndCustomerEmail).HasMaxLength(254);
        builder.Property(s => s.AssignedUserId).HasMaxLength(20).IsRequired();
        builder.Property(s => s.SupporterToken).HasMaxLength(12).IsRequired();
        builder.Property(s => s.CustomApi).HasMaxLength(SimulatedSession.TextMaxLength);
        builder.Property(s => s.CustomModuleId).HasMaxLength(100);
        builder.Property(s => s.SupportSessionType).HasMaxLength(10).IsRequired();
        builder.Property(s => s.CustomerDeviceId).HasMaxLength(20);

        builder.HasOne<SimulatedGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Restrict);

        // The list is per account, filtered by state, newest first.
        builder.HasIndex(s => new { s.AccountId, s.State, s.CreatedAt });
    }
}
