using System.Diagnostics;
using BossRemote.Core.Common.Events;

namespace BossRemote.Web.Realtime;

/// <summary>
/// Delivers live updates to this instance's open pages, per key (a ticket, the ticket list, a person), the way eShop's
/// OrderStatusNotificationService looks subscribers up by id. Off the caller's path: <see cref="Post"/> returns at once.
/// The subscribers of one key are called one after another without waiting for each; a slow or broken page never holds
/// up another. Between two pages the round gives way to whatever else waits for the thread pool (the request that made
/// the change, above all), for at most <see cref="GiveWayAtMost"/>. Refresh-type keys coalesce: updates that arrive
/// while a key's pages are re-reading make one more round, not one each, and that round is only for the pages called
/// before them.
/// </summary>
public sealed class LiveUpdateFanOut(ILogger<LiveUpdateFanOut> logger)
{
    /// <summary>
    /// How long a round waits, before calling its next page, for the work queued ahead of it to be picked up. Bounded, so
    /// a server that is never idle still updates its pages: at most this much later per page.
    /// </summary>
    public static readonly TimeSpan GiveWayAtMost = TimeSpan.FromMilliseconds(20);

    // Per key, an array replaced (never changed) under the lock, so a delivery reads it without locking for long;
    // a key whose last page went away is removed, so tickets viewed once do not pile up.
    private readonly Dictionary<string, Entry[]> _subscriptions = [];
    private readonly Dictionary<string, Round> _rounds = [];
    private readonly Lock _gate = new();

    /// <summary>Whether other work waits for a thread: by default, anything in the thread pool's queues.</summary>
    internal Func<bool> OtherWorkWaiting { get; init; } = static () => ThreadPool.PendingWorkItemCount > 0;

    /// <inheritdoc cref="GiveWayAtMost"/>
    internal TimeSpan GiveWayFor { get; init; } = GiveWayAtMost;

    /// <summary>The keys with at least one open page.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_gate)
            {
                return [.. _subscriptions.Keys];
            }
        }
    }

    /// <summary>How many pages of this instance listen on <paramref name="key"/>.</summary>
    public int CountOf(string key) => HandlersOf(key).Length;

    public IDisposable Subscribe(string key, Func<ILiveUpdate, Task> handle)
    {
        var entry = new Entry(handle);
        lock (_gate)
        {
            _subscriptions[key] = [.. HandlersOf(key), entry];
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                var remaining = HandlersOf(key).Where(e => e != entry).ToArray();
                if (remaining.Length == 0)
                {
                    _subscriptions.Remove(key);
                }
                else
                {
                    _subscriptions[key] = remaining;
                }
            }
        });
    }

    /// <summary>Hands <paramref name="update"/> to the pages on <paramref name="key"/>; returns at once.</summary>
    /// <param name="coalesce">
    /// The pages re-read whatever changed, so an update arriving while they do only asks for one more round.
    /// </param>
    public void Post(string key, ILiveUpdate update, bool coalesce)
    {
        if (CountOf(key) == 0)
        {
            return;
        }

        if (!coalesce)
        {
            _ = Task.Run(() => DeliverAsync(key, update));
            return;
        }

        lock (_gate)
        {
            if (_rounds.TryGetValue(key, out var running))
            {
                running.Again = update;
                return;
            }

            _rounds[key] = new Round();
        }

        _ = Task.Run(() => RunRoundsAsync(key, update));
    }

    private async Task RunRoundsAsync(string key, ILiveUpdate update)
    {
        var pages = HandlersOf(key);
        while (true)
        {
            // A page called after a newer update arrived re-reads after that change too: the next round is only for the
            // pages called before it, and for pages opened since.
            var calledBeforeNews = await DeliverAsync(key, update, pages, () => NewsArrived(key));
            lock (_gate)
            {
                var round = _rounds[key];
                if (round.Again is not { } next)
                {
                    _rounds.Remove(key);
                    return;
                }

                (update, round.Again) = (next, null);
                var open = HandlersOf(key);
                pages = [.. calledBeforeNews.Intersect(open), .. open.Except(pages)];
            }
        }
    }

    private bool NewsArrived(string key)
    {
        lock (_gate)
        {
            return _rounds.TryGetValue(key, out var round) && round.Again is not null;
        }
    }

    private Entry[] HandlersOf(string key)
    {
        lock (_gate)
        {
            return _subscriptions.GetValueOrDefault(key) ?? [];
        }
    }

    private Task DeliverAsync(string key, ILiveUpdate update) => DeliverAsync(key, update, HandlersOf(key), () => false);

    /// <summary>Calls every page in <paramref name="pages"/>; returns those called before <paramref name="newsArrived"/> first held.</summary>
    private async Task<Entry[]> DeliverAsync(string key, ILiveUpdate update, Entry[] pages, Func<bool> newsArrived)
    {
        // One page at a time, each started without waiting for it to finish: a page that re-reads from its cache
        // renders right here, and one waiting on the database does not hold up the next. Between pages the loop goes to
        // the back of the thread pool's queue until nothing else waits there, so the request that made the change, and
        // whatever else is waiting, is not queued behind fifty renders (issue 11).
        var deliveries = new List<Task>(pages.Length);
        var calledBeforeNews = pages.Length;
        for (var i = 0; i < pages.Length; i++)
        {
            if (calledBeforeNews == pages.Length && newsArrived())
            {
                calledBeforeNews = i;
            }

            deliveries.Add(HandleAsync(pages[i]));
            await GiveWayAsync();
        }

        await Task.WhenAll(deliveries);
        return pages[..calledBeforeNews];

        async Task HandleAsync(Entry entry)
        {
            try
            {
                await entry.Handle(update);
            }
            catch (Exception ex)
            {
                // A page whose circuit just closed, or that failed to re-read: the others still get theirs.
                logger.LogDebug(ex, "A page on {Key} failed to take {Update}", key, update);
            }
        }
    }

    /// <summary>To the back of the thread pool's queue, again while other work waits there, up to <see cref="GiveWayFor"/>.</summary>
    private async Task GiveWayAsync()
    {
        var started = Stopwatch.GetTimestamp();
        do
        {
            await Task.Yield();
        }
        while (OtherWorkWaiting() && Stopwatch.GetElapsedTime(started) < GiveWayFor);
    }

    private sealed class Entry(Func<ILiveUpdate, Task> handle)
    {
        public Func<ILiveUpdate, Task> Handle { get; } = handle;
    }

    private sealed class Round
    {
        public ILiveUpdate? Again { get; set; }
    }
}
