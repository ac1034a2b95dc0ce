using System.Collections.Concurrent;
using BossRemote.Core.Notifications;

namespace BossRemote.Web.Realtime;

/// <summary>
/// In-process fan-out of notices to the people they are for: every open circuit of that user (any page, any tab)
/// shows the toast. One app instance; see ADR-005 for the multi-instance backplane.
/// </summary>
public sealed class UserNotificationBroadcaster(ILogger<UserNotificationBroadcaster> logger) : IUserNotificationPublisher
{
    private readonly ConcurrentDictionary<Guid, (string UserId, Func<UserNotification, Task> OnNotice)> _subscriptions = new();

    public IDisposable Subscribe(string userId, Func<UserNotification, Task> onNotice)
    {
        var id = Guid.NewGuid();
        _subscriptions[id] = (userId, onNotice);
        return new Subscription(() => _subscriptions.TryRemove(id, out _));
    }

    public async Task PublishAsync(UserNotification notification, CancellationToken cancellationToken = default)
    {
        foreach (var (userId, onNotice) in _subscriptions.Values.Where(s => notification.UserIds.Contains(s.UserId)))
        {
            try
            {
                await onNotice(notification);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A circuit of user {UserId} failed to show a notice", userId);
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
