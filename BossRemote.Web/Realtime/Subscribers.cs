using System.Collections.Concurrent;

namespace BossRemote.Web.Realtime;

/// <summary>
/// The in-process fan-out behind every broadcaster: open circuits subscribe to the messages they want and unsubscribe
/// when they go away. One broken subscriber (a circuit closing) never keeps the message from the others. One app
/// instance; see ADR-005 for the multi-instance backplane.
/// </summary>
public sealed class Subscribers<T>(ILogger logger)
{
    private readonly ConcurrentDictionary<Guid, (Func<T, bool> Wants, Func<T, Task> Handle)> _subscriptions = new();

    public IDisposable Add(Func<T, bool> wants, Func<T, Task> handle)
    {
        var id = Guid.NewGuid();
        _subscriptions[id] = (wants, handle);
        return new Subscription(() => _subscriptions.TryRemove(id, out _));
    }

    public async Task PublishAsync(T message)
    {
        foreach (var (wants, handle) in _subscriptions.Values)
        {
            if (!wants(message))
            {
                continue;
            }

            try
            {
                await handle(message);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A subscriber failed to handle {Message}", message);
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
