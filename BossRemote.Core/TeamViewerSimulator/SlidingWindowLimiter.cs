using System.Collections.Concurrent;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// At most a given number of accepted calls per key in any sliding <c>window</c>, kept in memory (a restart forgives
/// everything). Refused calls do not count. Keys that have been quiet for a whole window are forgotten now and then, so
/// a stream of new keys (client addresses) does not grow without end.
/// </summary>
internal sealed class SlidingWindowLimiter(TimeSpan window, TimeProvider clock)
{
    private const int PruneEvery = 1024;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);
    private int _callsSincePrune;

    /// <summary>Counts one call for <paramref name="key"/>; false when its budget for the window is spent. 0 = no limit.</summary>
    public bool TryAcquire(string key, int limit)
    {
        if (limit <= 0)
        {
            return true;
        }

        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref _callsSincePrune) % PruneEvery == 0)
        {
            Prune(now);
        }

        var calls = _calls.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (calls)
        {
            Expire(calls, now);
            if (calls.Count >= limit)
            {
                return false;
            }

            calls.Enqueue(now);
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, calls) in _calls)
        {
            lock (calls)
            {
                Expire(calls, now);
                if (calls.Count == 0)
                {
                    _calls.TryRemove(KeyValuePair.Create(key, calls));
                }
            }
        }
    }

    private void Expire(Queue<DateTimeOffset> calls, DateTimeOffset now)
    {
        while (calls.Count > 0 && calls.Peek() <= now - window)
        {
            calls.Dequeue();
        }
    }
}
