using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Settings;

internal sealed class TeamViewerSettingsConfiguration : IEntityTypeConfiguration<TeamViewerSettings>
{
    public void Configure(EntityTypeBuilder<TeamViewerSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ProtectedToken).HasMaxLength(4000);
        builder.Property(s => s.TokenHint).HasMaxLength(8);
        builder.Property(s => s.GroupName).HasMaxLength(TeamViewerSettings.GroupNameMaxLength).IsRequired();
        builder.Property(s => s.CustomModuleId).HasMaxLength(TeamViewerSettings.CustomModuleIdMaxLength);
        builder.Property(s => s.ConnectedByName).HasMaxLength(100);
        builder.Ignore(s => s.IsConnected);
        builder.Ignore(s => s.MaskedToken);
    }
}
