namespace BossRemote.Core.Email;

/// <summary>
/// One message to one recipient and its delivery. The content is rendered once, when it is queued, so every retry
/// sends the same message; <see cref="Key"/> is unique, so one case's invitation is never queued twice.
/// </summary>
public sealed class EmailDelivery
{
    public const int KeyMaxLength = 200;
    public const int SubjectMaxLength = 500;
    public const int ErrorMaxLength = 1000;

    public long Id { get; set; }

    /// <summary>E.g. <c>invitation:42:emma@example.com</c>; a resend adds <c>:resend-1</c>.</summary>
    public string Key { get; set; } = "";

    public EmailKind Kind { get; set; }

    public long? ServiceCaseId { get; set; }

    public string RecipientEmail { get; set; } = "";

    public string RecipientName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    /// <summary>The <c>Message-ID</c> header, the same on every attempt.</summary>
    public string MessageId { get; set; } = "";

    public EmailDeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    /// <summary>While an attempt runs, no other worker may start one (it expires if the worker dies).</summary>
    public DateTime? LockedUntil { get; set; }

    public DateTime? SentAt { get; set; }
}
