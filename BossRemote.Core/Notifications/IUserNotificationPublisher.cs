namespace BossRemote.Core.Notifications;

/// <summary>Delivers in-app notices to the named people wherever they are in the app; the web layer fans it out.</summary>
public interface IUserNotificationPublisher
{
    Task PublishAsync(UserNotification notification, CancellationToken cancellationToken = default);
}
