using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Notifications;

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder) => builder.Property(s => s.Id).ValueGeneratedNever();
}

internal sealed class UserNotificationPreferencesConfiguration : IEntityTypeConfiguration<UserNotificationPreferences>
{
    public void Configure(EntityTypeBuilder<UserNotificationPreferences> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<UserNotificationPreferences>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
