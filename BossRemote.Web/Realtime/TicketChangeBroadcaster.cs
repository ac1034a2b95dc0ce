using BossRemote.Core.Tickets;

namespace BossRemote.Web.Realtime;

/// <summary>Fans ticket changes out to every open view of that ticket.</summary>
public sealed class TicketChangeBroadcaster(ILogger<TicketChangeBroadcaster> logger) : ITicketChangePublisher
{
    private readonly Subscribers<TicketChanged> _subscribers = new(logger);

    public IDisposable Subscribe(int ticketId, Func<TicketChanged, Task> onChanged) =>
        _subscribers.Add(change => change.TicketId == ticketId, onChanged);

    public Task PublishAsync(TicketChanged change, CancellationToken cancellationToken = default) => _subscribers.PublishAsync(change);
}
