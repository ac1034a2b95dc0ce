namespace BossRemote.Core.Email;

/// <summary>The state of a case's latest invitation e-mail, as the widget shows it.</summary>
public sealed record InvitationEmailView(
    long DeliveryId,
    string RecipientEmail,
    EmailDeliveryStatus Status,
    int Attempts,
    string? LastError,
    DateTime? SentAt,
    DateTime? NextAttemptAt,
    int Resends);
