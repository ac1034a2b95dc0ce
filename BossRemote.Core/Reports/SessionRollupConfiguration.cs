using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Reports;

internal sealed class SessionRollupConfiguration : IEntityTypeConfiguration<SessionRollup>
{
    public void Configure(EntityTypeBuilder<SessionRollup> builder)
    {
        builder.ToTable("SessionRollups");
        builder.Property(r => r.TechnicianId).HasMaxLength(450);
        // Chosen technicians (and the all-technicians rows) are read by key: one seek per technician for the days.
        builder.HasKey(r => new { r.TechnicianId, r.Grain, r.Day, r.Kind, r.Value });
        // Everyone's per-technician rows for a period: one range scan that never touches the table.
        builder.HasIndex(r => new { r.Grain, r.Day, r.TechnicianId, r.Kind, r.Value, r.Sessions, r.DurationTicks, r.ConnectedSessions, r.ConnectedSeconds })
            .HasFilter("\"Kind\" = 0")
            .HasDatabaseName("IX_SessionRollups_Technicians");
    }
}
