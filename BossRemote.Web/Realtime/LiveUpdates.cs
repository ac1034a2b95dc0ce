using BossRemote.Core.Common;
using BossRemote.Core.Common.Events;
using BossRemote.Core.Notifications;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;

namespace BossRemote.Web.Realtime;

/// <summary>
/// The live updates of SPEC §3.3 for this instance (ADR-005): what Core publishes after a commit reaches this
/// instance's open pages at once and every other instance's through the relay; what the relay brings from other
/// instances reaches the pages here. Components subscribe per ticket, per person or for the whole connection, and
/// re-read when told.
/// </summary>
public sealed class LiveUpdates(LiveUpdateFanOut fanOut, ILiveUpdateRelay relay, SharedReads sharedReads) : ILiveUpdatePublisher
{
    private const string AllTickets = "tickets";
    private const string Connection = "teamviewer-connection";

    /// <summary>A change made on this instance: its pages now, every other instance's through the relay.</summary>
    public void Publish(ILiveUpdate update)
    {
        Deliver(update);
        relay.Send(update);
    }

    /// <summary>An update from another instance, or a re-read after the relay was away: this instance's pages only.</summary>
    public void Deliver(ILiveUpdate update)
    {
        // A change committed on another instance: the pages about to re-read must not join a read begun before it.
        sharedReads.Invalidate();
        switch (update)
        {
            case TicketChanged change:
                fanOut.Post(TicketKey(change.TicketId), change, coalesce: true);
                fanOut.Post(AllTickets, change, coalesce: true);
                break;
            case TeamViewerConnectionChanged:
                fanOut.Post(Connection, update, coalesce: true);
                break;
            case UserNotification notice:
                foreach (var userId in notice.UserIds.Distinct(StringComparer.Ordinal))
                {
                    fanOut.Post(NoticeKey(userId), notice, coalesce: true);
                }

                break;
            case EverythingMayHaveChanged:
                // Notices included: they are stored, so a bell re-reads what it missed while the relay was away.
                foreach (var key in fanOut.Keys)
                {
                    fanOut.Post(key, update, coalesce: true);
                }

                break;
        }
    }

    /// <summary>Calls <paramref name="onChanged"/> whenever ticket <paramref name="ticketId"/> (or its case) may have changed.</summary>
    public IDisposable SubscribeTicket(int ticketId, Func<Task> onChanged) => fanOut.Subscribe(TicketKey(ticketId), _ => onChanged());

    /// <summary>Calls <paramref name="onChanged"/> whenever any ticket may have changed (the ticket list).</summary>
    public IDisposable SubscribeAllTickets(Func<Task> onChanged) => fanOut.Subscribe(AllTickets, _ => onChanged());

    /// <summary>Calls <paramref name="onChanged"/> when the TeamViewer connection is made or revoked.</summary>
    public IDisposable SubscribeConnection(Func<Task> onChanged) => fanOut.Subscribe(Connection, _ => onChanged());

    /// <summary>
    /// Calls <paramref name="onChanged"/> whenever <paramref name="userId"/>'s stored notices may have changed (a new
    /// one, on any instance), so the bell on whatever page they have open re-reads its count.
    /// </summary>
    public IDisposable SubscribeNotices(string userId, Func<Task> onChanged) => fanOut.Subscribe(NoticeKey(userId), _ => onChanged());

    private static string TicketKey(int ticketId) => $"ticket:{ticketId}";

    private static string NoticeKey(string userId) => $"notices:{userId}";
}
