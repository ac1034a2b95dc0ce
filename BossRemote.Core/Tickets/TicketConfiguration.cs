using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Tickets;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.HasIndex(t => t.Number).IsUnique();
        builder.Property(t => t.Subject).HasMaxLength(Ticket.SubjectMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(Ticket.DescriptionMaxLength).IsRequired();
        builder.Property(t => t.RequesterName).HasMaxLength(Ticket.RequesterNameMaxLength).IsRequired();
        builder.Property(t => t.RequesterEmail).HasMaxLength(Ticket.RequesterEmailMaxLength).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();

        builder.HasOne(t => t.AssignedTechnician).WithMany()
            .HasForeignKey(t => t.AssignedTechnicianId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(t => t.Category).WithMany()
            .HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Notes).WithOne()
            .HasForeignKey(n => n.TicketId).OnDelete(DeleteBehavior.Cascade);

        // The list's default order and its "My tickets" / "Unassigned" views stay index-backed at 100,000 tickets.
        builder.HasIndex(t => t.UpdatedAt);
        builder.HasIndex(t => new { t.Status, t.UpdatedAt });
        builder.HasIndex(t => new { t.AssignedTechnicianId, t.Status, t.UpdatedAt });
        builder.HasIndex(t => t.CreatedAt);
    }
}
