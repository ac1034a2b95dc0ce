using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Settings;

internal sealed class BrandingSettingsConfiguration : IEntityTypeConfiguration<BrandingSettings>
{
    public void Configure(EntityTypeBuilder<BrandingSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.CompanyName).HasMaxLength(BrandingSettings.CompanyNameMaxLength).IsRequired();
        builder.Property(s => s.LegacyLogoFileName).HasColumnName("LogoFileName").HasMaxLength(100);
        builder.Property(s => s.LogoContentType).HasMaxLength(50);
        builder.Ignore(s => s.HasLogo);
    }
}
