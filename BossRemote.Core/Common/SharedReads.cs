using System.Collections.Concurrent;

namespace BossRemote.Core.Common;

/// <summary>
/// Lets identical reads that run at the same moment share one database round trip. A change to a ticket makes every
/// open page of it read again at once (SPEC §3.3); fifty pages asking the same question get one answer instead of
/// fifty queries competing with the technician's own request. Nothing is cached: a read is shared only while it is
/// in flight, and only by callers that asked after the last committed change (<see cref="Invalidate"/>), so no caller
/// gets an answer older than its question. The reads are the same for every caller: each caller checks its own
/// permission before it asks (ADR-004).
/// </summary>
public sealed class SharedReads
{
    private readonly ConcurrentDictionary<object, Entry> _inFlight = new();
    private long _generation;

    /// <summary>How many reads are in flight (or finished and not yet taken out): for tests.</summary>
    internal int InFlight => _inFlight.Count;

    /// <summary>Something was committed: reads started before now are no longer joined.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// Runs <paramref name="read"/>, or joins the same read (equal <paramref name="key"/>) already running since the
    /// last change. The read runs without the caller's cancellation, as others may share it; the caller's wait is cancelled.
    /// </summary>
    public async Task<T> ReadAsync<T>(object key, Func<Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(read);
        var generation = Interlocked.Read(ref _generation);
        var candidate = new Entry(generation, new Lazy<Task<object?>>(async () => await read()));
        var entry = _inFlight.AddOrUpdate(key, candidate, (_, running) => running.Generation == generation ? running : candidate);
        var shared = entry.Read.Value;
        if (ReferenceEquals(entry, candidate))
        {
            // The caller that started the read takes it out once it is done, even if every caller stopped waiting.
            _ = shared.ContinueWith(_ => _inFlight.TryRemove(KeyValuePair.Create(key, entry)), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return (T)(await shared.WaitAsync(cancellationToken))!;
    }

    private sealed record Entry(long Generation, Lazy<Task<object?>> Read);
}
