using System.Collections.Concurrent;

namespace BossRemote.Core.Common;

/// <summary>
/// Lets identical reads share one database round trip. A change to a ticket makes every open page of it read again
/// (SPEC §3.3); fifty pages asking the same question get one answer instead of fifty queries competing with the
/// technician's own request. The pages do not all ask at the same moment (each waits for its own circuit), so an
/// answer is shared while it is read and for <see cref="MaxAge"/> after, but only with callers that asked after the same
/// last committed change (<see cref="Invalidate"/>): no caller gets an answer from before a change this instance has
/// been told of, and a change it was not told of (another instance's, before the relay brings it) is missed for at
/// most <see cref="MaxAge"/>. The reads are the same for every caller: each caller checks its own permission before it
/// asks (ADR-004).
/// </summary>
public sealed class SharedReads
{
    /// <summary>How long a finished read still answers callers who ask after it, while nothing has changed.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<object, Entry> _entries = new();
    private readonly TimeProvider _time;
    private long _generation;

    public SharedReads()
        : this(TimeProvider.System)
    {
    }

    public SharedReads(TimeProvider time) => _time = time;

    /// <summary>How many reads are held (running, or finished and still shared): for tests.</summary>
    internal int Held => _entries.Count;

    /// <summary>Something was committed: reads started before now are no longer shared.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// Runs <paramref name="read"/>, or shares the same read (equal <paramref name="key"/>) begun since the last change,
    /// running or finished less than <see cref="MaxAge"/> ago. The read runs without the caller's cancellation, as
    /// others may share it; the caller's wait is cancelled. A read that failed is not shared after it failed.
    /// </summary>
    public async Task<T> ReadAsync<T>(object key, Func<Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(read);
        var generation = Interlocked.Read(ref _generation);
        var now = _time.GetTimestamp();
        var candidate = new Entry(generation);
        var entry = _entries.AddOrUpdate(key, candidate, (_, held) => held.Generation == generation && held.IsFresh(now, _time) ? held : candidate);
        if (ReferenceEquals(entry, candidate))
        {
            // No lock is held while the read runs (SQLite's "async" reads run on the caller's thread to the end): the
            // others wait on its answer, not on a lock.
            _ = RunAsync(key, entry, async () => await read());
        }

        return (T)(await entry.Answer.WaitAsync(cancellationToken))!;
    }

    /// <summary>Runs the read for everyone sharing it; takes it out once stale, even if every caller stopped waiting.</summary>
    private async Task RunAsync(object key, Entry entry, Func<Task<object?>> read)
    {
        try
        {
            entry.Succeed(await read());
        }
        catch (Exception ex)
        {
            // A failed read is not shared after it failed: the next caller reads again.
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            entry.Fail(ex);
            return;
        }

        entry.FinishedAt = _time.GetTimestamp();
        await Task.Delay(MaxAge, _time).ConfigureAwait(false);
        _entries.TryRemove(KeyValuePair.Create(key, entry));
    }

    private sealed class Entry(long generation)
    {
        private readonly TaskCompletionSource<object?> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _finishedAt = -1;

        public long Generation { get; } = generation;

        public Task<object?> Answer => _answer.Task;

        /// <summary>When the read finished (a <see cref="TimeProvider"/> timestamp), or -1 while it runs.</summary>
        public long FinishedAt
        {
            get => Interlocked.Read(ref _finishedAt);
            set => Interlocked.Exchange(ref _finishedAt, value);
        }

        public void Succeed(object? answer) => _answer.SetResult(answer);

        public void Fail(Exception exception)
        {
            if (exception is OperationCanceledException canceled)
            {
                _answer.SetCanceled(canceled.CancellationToken);
            }
            else
            {
                _answer.SetException(exception);
            }
        }

        /// <summary>Running, or finished successfully less than <see cref="MaxAge"/> ago.</summary>
        public bool IsFresh(long now, TimeProvider time)
        {
            if (!Answer.IsCompleted)
            {
                return true;
            }

            var finishedAt = FinishedAt;
            return Answer.IsCompletedSuccessfully && (finishedAt < 0 || time.GetElapsedTime(finishedAt, now) < MaxAge);
        }
    }
}
