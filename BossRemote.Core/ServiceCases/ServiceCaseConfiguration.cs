using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.ServiceCases;

internal sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    public void Configure(EntityTypeBuilder<ServiceCase> builder)
    {
        builder.Property(c => c.SessionCode).HasMaxLength(20);
        builder.Property(c => c.SupporterLink).HasMaxLength(ServiceCase.LinkMaxLength);
        builder.Property(c => c.WebClientSupporterLink).HasMaxLength(ServiceCase.LinkMaxLength);
        builder.Property(c => c.CustomerLink).HasMaxLength(ServiceCase.LinkMaxLength);
        builder.Property(c => c.GroupId).HasMaxLength(40);
        builder.Property(c => c.Reference).HasMaxLength(100).IsRequired();
        builder.Property(c => c.CreatedById).HasMaxLength(450).IsRequired();
        builder.Property(c => c.CreatedByName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.EndedByName).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.Duration);

        builder.HasOne(c => c.Ticket).WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        // A system note may be about a case (TicketNote.ServiceCaseId); tickets know nothing of cases, so it is mapped here.
        builder.HasMany<TicketNote>().WithOne().HasForeignKey(n => n.ServiceCaseId).OnDelete(DeleteBehavior.Restrict);

        // The invariant of SPEC §3.2: at most one open (pending or active) case per ticket, enforced by the database,
        // so double clicks, two technicians and retries cannot create a second one.
        builder.HasIndex(c => c.TicketId).IsUnique().HasFilter("\"State\" IN (0, 1)").HasDatabaseName("IX_ServiceCases_OneOpenPerTicket");
        builder.HasIndex(c => new { c.TicketId, c.CreatedAt });
        builder.HasIndex(c => c.SessionCode);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.State, c.ValidUntil });
        // The session report (Core/Reports) reads closed and expired cases by start date, for all technicians or a few.
        // Both indexes cover every column it reads, so a year of cases is one range scan with no table lookups; the
        // technician one also hands the rows over already grouped. BossRemote.Benchmarks measures them (README).
        builder.HasIndex(c => new { c.State, c.CreatedAt, c.CreatedById, c.TicketId, c.DurationTicks, c.ConnectedSeconds })
            .HasDatabaseName("IX_ServiceCases_Report_Period");
        builder.HasIndex(c => new { c.CreatedById, c.State, c.CreatedAt, c.TicketId, c.DurationTicks, c.ConnectedSeconds })
            .HasDatabaseName("IX_ServiceCases_Report_Technician");
    }
}
