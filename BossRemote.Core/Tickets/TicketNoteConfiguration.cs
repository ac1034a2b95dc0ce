using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Tickets;

internal sealed class TicketNoteConfiguration : IEntityTypeConfiguration<TicketNote>
{
    public void Configure(EntityTypeBuilder<TicketNote> builder)
    {
        builder.Property(n => n.Body).HasMaxLength(TicketNote.BodyMaxLength).IsRequired();
        builder.Property(n => n.AuthorName).HasMaxLength(100).IsRequired();
        builder.Property(n => n.AuthorId).HasMaxLength(450);
        builder.HasIndex(n => new { n.TicketId, n.CreatedAt });
    }
}
