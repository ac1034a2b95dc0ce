namespace BossRemote.Core.Notifications;

/// <summary>The admin's notification choices (one row).</summary>
public sealed class NotificationSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public CustomerOnlineAudience CustomerOnlineAudience { get; set; } = CustomerOnlineAudience.Nobody;

    public DateTime UpdatedAt { get; set; }
}
