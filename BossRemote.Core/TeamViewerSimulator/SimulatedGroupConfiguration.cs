using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.TeamViewerSimulator;

internal sealed class SimulatedGroupConfiguration : IEntityTypeConfiguration<SimulatedGroup>
{
    public void Configure(EntityTypeBuilder<SimulatedGroup> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasMaxLength(20);
        builder.Property(g => g.AccountId).HasMaxLength(20).IsRequired();
        builder.Property(g => g.Name).HasMaxLength(SimulatedGroup.NameMaxLength).IsRequired();
        builder.Property(g => g.NameKey).HasMaxLength(SimulatedGroup.NameMaxLength).IsRequired();
        builder.Property(g => g.PolicyId).HasMaxLength(100);

        // A groupname in POST /sessions must name exactly one group of the account.
        builder.HasIndex(g => new { g.AccountId, g.NameKey }).IsUnique();
    }
}
