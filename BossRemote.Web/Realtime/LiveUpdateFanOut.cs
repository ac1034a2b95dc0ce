using System.Diagnostics;
using System.Diagnostics.Metrics;
using BossRemote.Core.Common;
using BossRemote.Core.Common.Events;

namespace BossRemote.Web.Realtime;

/// <summary>
/// Delivers live updates to this instance's open pages, per key (a ticket, the ticket list, a person), the way eShop's
/// OrderStatusNotificationService looks subscribers up by id. Off the caller's path: <see cref="Post"/> returns at once.
/// The subscribers of one key are called one after another without waiting for each; a slow or broken page never holds
/// up another. Between two pages the round goes to the back of the thread pool's queue, so what was waiting there (the
/// request that made the change, above all) goes first. Refresh-type keys coalesce: updates that arrive while a key's
/// pages are re-reading make one more round, not one each, and that round is only for the pages called before the latest
/// of them. Each page's delivery time is a metric (<see cref="Telemetry.LiveUpdateDelivery"/>).
/// </summary>
public sealed class LiveUpdateFanOut(ILogger<LiveUpdateFanOut> logger)
{
    private static readonly Histogram<double> Deliveries = Telemetry.Meter.CreateHistogram<double>(
        Telemetry.LiveUpdateDelivery, unit: "ms", description: "From a live update's post to one open page's having rendered it");

    // Per key, an array replaced (never changed) under the lock, so a delivery reads it without locking for long;
    // a key whose last page went away is removed, so tickets viewed once do not pile up.
    private readonly Dictionary<string, Entry[]> _subscriptions = [];
    private readonly Dictionary<string, Round> _rounds = [];
    private readonly Lock _gate = new();

    /// <summary>
    /// What a round does between two pages: by default, once to the back of the thread pool's queue. Once, not until the
    /// queue is empty: work queued on another thread's own queue is not this thread's to pick up, and waiting for it
    /// here spun a core for up to the whole round while the pages' renders waited for it (ADR-019).
    /// </summary>
    internal Func<Task> GiveWay { get; init; } = static async () => await Task.Yield();

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

        var posted = new Posted(update, Stopwatch.GetTimestamp());
        if (!coalesce)
        {
            _ = Task.Run(() => DeliverAsync(key, posted));
            return;
        }

        lock (_gate)
        {
            if (_rounds.TryGetValue(key, out var running))
            {
                // The newest update's post time counts: the round it asks for shows that change.
                running.Again = posted;
                running.News++;
                return;
            }

            _rounds[key] = new Round();
        }

        _ = Task.Run(() => RunRoundsAsync(key, posted));
    }

    private async Task RunRoundsAsync(string key, Posted update)
    {
        var pages = HandlersOf(key);
        while (true)
        {
            var newsWhenCalled = await DeliverAsync(key, update, pages, () => NewsSoFar(key));
            lock (_gate)
            {
                var round = _rounds[key];
                if (round.Again is not { } next)
                {
                    _rounds.Remove(key);
                    return;
                }

                // A page called after the latest update arrived re-read after that change too: the next round is only for
                // the pages called before it, and for pages opened since.
                var calledBeforeLatest = pages.Where((_, i) => newsWhenCalled[i] < round.News);
                (update, round.Again) = (next, null);
                var open = HandlersOf(key);
                pages = [.. calledBeforeLatest.Intersect(open), .. open.Except(pages)];
            }
        }
    }

    private int NewsSoFar(string key)
    {
        lock (_gate)
        {
            return _rounds.TryGetValue(key, out var round) ? round.News : 0;
        }
    }

    private Entry[] HandlersOf(string key)
    {
        lock (_gate)
        {
            return _subscriptions.GetValueOrDefault(key) ?? [];
        }
    }

    private Task DeliverAsync(string key, Posted update) => DeliverAsync(key, update, HandlersOf(key), () => 0);

    /// <summary>Calls every page in <paramref name="pages"/>; returns, per page, how many updates had arrived (<paramref name="newsSoFar"/>) when it was called.</summary>
    private async Task<int[]> DeliverAsync(string key, Posted update, Entry[] pages, Func<int> newsSoFar)
    {
        // One page at a time, each started without waiting for it to finish: a page that re-reads from its cache
        // renders right here, and one waiting on the database does not hold up the next. Between pages the loop goes to
        // the back of the thread pool's queue, so the request that made the change, and whatever else was waiting, is
        // not queued behind fifty renders (issue 11).
        var kind = new KeyValuePair<string, object?>(Telemetry.LiveUpdateKeyTag, KindOf(key));
        var deliveries = new List<Task>(pages.Length);
        var newsWhenCalled = new int[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            newsWhenCalled[i] = newsSoFar();
            deliveries.Add(HandleAsync(pages[i]));
            await GiveWay();
        }

        await Task.WhenAll(deliveries);
        return newsWhenCalled;

        async Task HandleAsync(Entry entry)
        {
            try
            {
                await entry.Handle(update.Update);
                Deliveries.Record(Stopwatch.GetElapsedTime(update.At).TotalMilliseconds, kind);
            }
            catch (Exception ex)
            {
                // A page whose circuit just closed, or that failed to re-read: the others still get theirs.
                logger.LogDebug(ex, "A page on {Key} failed to take {Update}", key, update.Update);
            }
        }
    }

    /// <summary>The kind of a key, for the metric: <c>ticket</c> for <c>ticket:42</c>; never the id.</summary>
    internal static string KindOf(string key) => key.IndexOf(':') is var colon and >= 0 ? key[..colon] : key;

    /// <summary>An update and when it was posted (a <see cref="Stopwatch"/> timestamp).</summary>
    private sealed record Posted(ILiveUpdate Update, long At);

    private sealed class Entry(Func<ILiveUpdate, Task> handle)
    {
        public Func<ILiveUpdate, Task> Handle { get; } = handle;
    }

    private sealed class Round
    {
        /// <summary>The latest update since the round began, for the next round.</summary>
        public Posted? Again { get; set; }

        /// <summary>How many updates arrived since the key's first round began.</summary>
        public int News { get; set; }
    }
}
