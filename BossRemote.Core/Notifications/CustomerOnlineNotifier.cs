using BossRemote.Core.Tickets;

namespace BossRemote.Core.Notifications;

/// <summary>Tells the right people that a customer came online (SPEC §3.3): the technician who owns the case.</summary>
public sealed class CustomerOnlineNotifier(IUserNotificationPublisher publisher)
{
    public Task NotifyAsync(CustomerOnlineNotice notice, CancellationToken cancellationToken = default) =>
        publisher.PublishAsync(
            new UserNotification(
                [notice.OwnerId],
                $"{notice.RequesterName} is online in TeamViewer session {notice.SessionCode} ({Ticket.FormatNumber(notice.TicketNumber)} {notice.TicketSubject}).",
                $"tickets/{notice.TicketNumber}"),
            cancellationToken);
}
