using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Common.Events;

/// <summary>
/// After a commit: reads in flight stop being shared (<see cref="SharedReads"/>), live updates go straight to the pages
/// (the publisher returns at once), and every event is queued for its handlers, which <see cref="DomainEventPump"/>
/// runs in the background.
/// </summary>
internal sealed class DomainEventDispatcher(ILiveUpdatePublisher liveUpdates, SharedReads sharedReads, ILogger<DomainEventDispatcher> logger)
    : IDomainEventDispatcher
{
    private readonly Channel<IDomainEvent> _queue = Channel.CreateUnbounded<IDomainEvent>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<IDomainEvent> Queue => _queue.Reader;

    public void Dispatch(IReadOnlyCollection<IDomainEvent> events)
    {
        // Before anyone is told: a page re-reading because of this change must not join a read that began before it.
        if (events.Count > 0)
        {
            sharedReads.Invalidate();
        }

        foreach (var domainEvent in events)
        {
            if (domainEvent is ILiveUpdate update)
            {
                try
                {
                    liveUpdates.Publish(update);
                }
                catch (Exception ex)
                {
                    // Open pages missing one update is survivable; the change itself has committed and stands.
                    logger.LogWarning(ex, "Could not publish {Update} to open pages", update);
                }
            }

            _queue.Writer.TryWrite(domainEvent);
        }
    }
}
