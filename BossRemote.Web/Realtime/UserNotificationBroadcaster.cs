using BossRemote.Core.Notifications;

namespace BossRemote.Web.Realtime;

/// <summary>Fans notices out to the people they are for: every open circuit of that user (any page, any tab) shows the toast.</summary>
public sealed class UserNotificationBroadcaster(ILogger<UserNotificationBroadcaster> logger) : IUserNotificationPublisher
{
    private readonly Subscribers<UserNotification> _subscribers = new(logger);

    public IDisposable Subscribe(string userId, Func<UserNotification, Task> onNotice) =>
        _subscribers.Add(notification => notification.UserIds.Contains(userId), onNotice);

    public Task PublishAsync(UserNotification notification, CancellationToken cancellationToken = default) =>
        _subscribers.PublishAsync(notification);
}
