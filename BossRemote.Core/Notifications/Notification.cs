using System.Linq.Expressions;

namespace BossRemote.Core.Notifications;

/// <summary>
/// One notice for one person (the bell in the top bar): what happened, where to look, when, and whether they have seen
/// it. Stored, so it outlives the page and is the same on every instance; bounded by <see cref="NotificationService"/>.
/// </summary>
public sealed class Notification
{
    public const int MessageMaxLength = 500;

    public const int LinkMaxLength = 200;

    public const int KeyMaxLength = 100;

    private Notification()
    {
    }

    public Notification(string userId, string message, string? link, string? key, DateTime createdAt)
    {
        UserId = userId;
        Message = message.Length > MessageMaxLength ? message[..(MessageMaxLength - 1)] + "…" : message;
        Link = link;
        Key = key;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string Message { get; private set; } = "";

    /// <summary>A relative address the notice opens, e.g. <c>tickets/1042</c>.</summary>
    public string? Link { get; private set; }

    /// <summary>What the notice is about (e.g. one time one customer came online), so it is never stored twice for a person.</summary>
    public string? Key { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    /// <summary>Notices not yet seen, as a query predicate.</summary>
    public static Expression<Func<Notification, bool>> Unread { get; } = n => n.ReadAt == null;

    public void MarkRead(DateTime now) => ReadAt ??= now;
}
