using System.Collections.Concurrent;
using BossRemote.Core.Tickets;

namespace BossRemote.Web.Realtime;

/// <summary>
/// In-process fan-out of ticket changes to every open view of that ticket (one app instance; the multi-instance
/// backplane arrives with the SignalR work).
/// </summary>
public sealed class TicketChangeBroadcaster(ILogger<TicketChangeBroadcaster> logger) : ITicketChangePublisher
{
    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();

    public IDisposable Subscribe(int ticketId, Func<TicketChanged, Task> onChanged)
    {
        var subscription = new Subscription(this, ticketId, onChanged);
        _subscriptions[subscription.Id] = subscription;
        return subscription;
    }

    public async Task PublishAsync(TicketChanged change, CancellationToken cancellationToken = default)
    {
        foreach (var subscription in _subscriptions.Values.Where(s => s.TicketId == change.TicketId))
        {
            try
            {
                await subscription.OnChanged(change);
            }
            catch (Exception ex)
            {
                // One broken view (a circuit going away) must not stop the others from hearing about the change.
                logger.LogWarning(ex, "A subscriber of ticket {TicketId} failed to handle a change", change.TicketId);
            }
        }
    }

    private sealed class Subscription(TicketChangeBroadcaster owner, int ticketId, Func<TicketChanged, Task> onChanged) : IDisposable
    {
        public Guid Id { get; } = Guid.NewGuid();

        public int TicketId { get; } = ticketId;

        public Func<TicketChanged, Task> OnChanged { get; } = onChanged;

        public void Dispose() => owner._subscriptions.TryRemove(Id, out _);
    }
}
