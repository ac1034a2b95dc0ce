using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Email;

internal sealed class EmailDeliveryConfiguration : IEntityTypeConfiguration<EmailDelivery>
{
    public void Configure(EntityTypeBuilder<EmailDelivery> builder)
    {
        builder.Property(d => d.Key).HasMaxLength(EmailDelivery.KeyMaxLength).IsRequired();
        builder.Property(d => d.RecipientEmail).HasMaxLength(254).IsRequired();
        builder.Property(d => d.RecipientName).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Subject).HasMaxLength(EmailDelivery.SubjectMaxLength).IsRequired();
        builder.Property(d => d.HtmlBody).IsRequired();
        builder.Property(d => d.MessageId).HasMaxLength(200).IsRequired();
        builder.Property(d => d.AttachmentName).HasMaxLength(EmailDelivery.AttachmentNameMaxLength);
        builder.Property(d => d.AttachmentContentType).HasMaxLength(EmailDelivery.AttachmentContentTypeMaxLength);
        builder.Property(d => d.LastError).HasMaxLength(EmailDelivery.ErrorMaxLength);

        // Never twice for one message: one row per key (case + recipient, or resend number).
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => new { d.ServiceCaseId, d.Kind, d.CreatedAt });
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasOne<ServiceCase>().WithMany().HasForeignKey(d => d.ServiceCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(d => d.TicketId).OnDelete(DeleteBehavior.Restrict);
    }
}
