namespace BossRemote.Core.Notifications;

/// <summary>The admin's notification choices (one row).</summary>
public sealed class NotificationSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public CustomerOnlineAudience CustomerOnlineAudience { get; set; } = CustomerOnlineAudience.Nobody;

    /// <summary>After Stop, the requester gets a one-click rating e-mail (ADR-023); off until an admin turns it on.</summary>
    public bool AskForRating { get; set; }

    public DateTime UpdatedAt { get; set; }
}
