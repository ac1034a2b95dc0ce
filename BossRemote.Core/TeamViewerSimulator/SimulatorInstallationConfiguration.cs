using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.TeamViewerSimulator;

internal sealed class SimulatorInstallationConfiguration : IEntityTypeConfiguration<SimulatorInstallation>
{
    public void Configure(EntityTypeBuilder<SimulatorInstallation> builder)
    {
        builder.ToTable("Installation");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Key).HasMaxLength(SimulatorInstallation.KeyMaxLength).IsRequired();
    }
}
