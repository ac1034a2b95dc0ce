using System.Collections.Concurrent;
using BossRemote.Core.Settings;

namespace BossRemote.Web.Realtime;

/// <summary>
/// In-process fan-out of "the TeamViewer connection changed" to every open widget, whatever its ticket. One app
/// instance; see ADR-005 for the multi-instance backplane.
/// </summary>
public sealed class TeamViewerConnectionBroadcaster(ILogger<TeamViewerConnectionBroadcaster> logger) : ITeamViewerConnectionPublisher
{
    private readonly ConcurrentDictionary<Guid, Func<Task>> _subscriptions = new();

    public IDisposable Subscribe(Func<Task> onChanged)
    {
        var id = Guid.NewGuid();
        _subscriptions[id] = onChanged;
        return new Subscription(() => _subscriptions.TryRemove(id, out _));
    }

    public async Task PublishConnectionChangedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var onChanged in _subscriptions.Values)
        {
            try
            {
                await onChanged();
            }
            catch (Exception ex)
            {
                // One circuit going away must not keep the others on a stale connection state.
                logger.LogWarning(ex, "A TeamViewer widget failed to handle a connection change");
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
