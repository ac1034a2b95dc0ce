using BossRemote.Core.Common.Events;
using BossRemote.Core.Tickets;

namespace BossRemote.Core.Email;

/// <summary>
/// One message to one recipient and its delivery. The content is rendered once, when it is queued, so every retry
/// sends the same message; <see cref="Key"/> is unique, so one case's invitation is never queued twice.
/// </summary>
public sealed class EmailDelivery : DomainEventSource
{
    public const int KeyMaxLength = 200;
    public const int SubjectMaxLength = 500;
    public const int ErrorMaxLength = 1000;
    public const int AttachmentNameMaxLength = 200;
    public const int AttachmentContentTypeMaxLength = 100;

    public long Id { get; set; }

    /// <summary>E.g. <c>invitation:42:emma@example.com</c>; a resend adds <c>:resend-1</c>.</summary>
    public string Key { get; set; } = "";

    public EmailKind Kind { get; set; }

    public long? ServiceCaseId { get; set; }

    /// <summary>The ticket whose page shows this message's state (the invitation), if any.</summary>
    public int? TicketId { get; set; }

    public string RecipientEmail { get; set; } = "";

    public string RecipientName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    /// <summary>The file attached to the message, if any: stored with it, so every attempt sends the same bytes.</summary>
    public string? AttachmentName { get; set; }

    public string? AttachmentContentType { get; set; }

    public byte[]? AttachmentContent { get; set; }

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

    /// <summary>Stored and waiting for its first attempt.</summary>
    public void Queue(DateTime now)
    {
        Status = EmailDeliveryStatus.Queued;
        CreatedAt = now;
        MessageId = $"{Guid.NewGuid():N}@bossremote";
        Announce();
    }

    public void MarkSent(DateTime now)
    {
        (Status, SentAt, LastError, NextAttemptAt, LockedUntil) = (EmailDeliveryStatus.Sent, now, null, null, null);
        Announce();
    }

    /// <summary>This attempt failed; the next one is at <paramref name="nextAttemptAt"/>, or none (failed for good).</summary>
    public void MarkFailed(string reason, DateTime? nextAttemptAt)
    {
        LastError = reason.Length > ErrorMaxLength ? reason[..ErrorMaxLength] : reason;
        (Status, NextAttemptAt, LockedUntil) = (nextAttemptAt is null ? EmailDeliveryStatus.Failed : EmailDeliveryStatus.Retrying, nextAttemptAt, null);
        Announce();
    }

    /// <summary>The ticket's page shows the state of its invitation: it re-reads on every change of it.</summary>
    private void Announce()
    {
        if (TicketId is { } ticketId)
        {
            Raise(() => new TicketChanged(ticketId));
        }
    }
}
