using BossRemote.Core.ServiceCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BossRemote.Core.Satisfaction;

internal sealed class SatisfactionRequestConfiguration : IEntityTypeConfiguration<SatisfactionRequest>
{
    public void Configure(EntityTypeBuilder<SatisfactionRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(SatisfactionRequest.CodeLength);
        builder.Property(r => r.Comment).HasMaxLength(SatisfactionRequest.CommentMaxLength);

        // The answer is written only where none is yet: two submits at once, one rating.
        builder.Property(r => r.AnsweredAt).IsConcurrencyToken();
        builder.HasIndex(r => r.ServiceCaseId).IsUnique();
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasOne<ServiceCase>().WithOne().HasForeignKey<SatisfactionRequest>(r => r.ServiceCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
