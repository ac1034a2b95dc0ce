using System.ComponentModel.DataAnnotations;

namespace BossRemote.Core.Common;

/// <summary>Validates with <see cref="EmailAddresses.IsDeliverable"/>; an empty value is left to [Required].</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DeliverableEmailAttribute : ValidationAttribute
{
    public DeliverableEmailAttribute()
        : base(EmailAddresses.Invalid)
    {
    }

    public override bool IsValid(object? value) =>
        value is null || (value is string text && (text.Length == 0 || EmailAddresses.IsDeliverable(text.Trim())));
}
