using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Email.Templates;

internal sealed class EmailTemplateConfiguration : IEntityTypeConfiguration<EmailTemplate>
{
    public void Configure(EntityTypeBuilder<EmailTemplate> builder)
    {
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(60);
        builder.Property(t => t.Subject).HasMaxLength(EmailTemplate.SubjectMaxLength).IsRequired();
        builder.Property(t => t.HtmlBody).HasMaxLength(EmailTemplate.BodyMaxLength).IsRequired();
        builder.Property(t => t.UpdatedByName).HasMaxLength(100).IsRequired();
    }
}
