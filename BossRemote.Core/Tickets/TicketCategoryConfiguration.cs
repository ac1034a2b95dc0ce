using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Tickets;

internal sealed class TicketCategoryConfiguration : IEntityTypeConfiguration<TicketCategory>
{
    public void Configure(EntityTypeBuilder<TicketCategory> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(TicketCategory.NameMaxLength).IsRequired();
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
