using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Identity;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(UserSession.IdMaxLength);
        builder.Property(s => s.UserId).HasMaxLength(450).IsRequired();

        // A person who is deleted has no sessions left; ending all of one person's sessions reads this index.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
        // The sweep of ended sessions (UserSessionStore.StartAsync) reads these two.
        builder.HasIndex(s => s.LastActivityAt);
        builder.HasIndex(s => s.CreatedAt);
    }
}
