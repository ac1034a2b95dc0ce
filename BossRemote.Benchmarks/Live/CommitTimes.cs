using System.Collections.Concurrent;
using BossRemote.Core.Common.Events;
using BossRemote.Core.Tickets;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// When each change of a ticket was published to the open pages, right after its commit (ms since the epoch, the
/// clock the browser's <c>Date.now()</c> reads): a change's fan-out is timed from here to each watching page.
/// </summary>
internal sealed class CommitTimes
{
    private readonly ConcurrentQueue<(int TicketId, long At)> _commits = new();

    public void Record(int ticketId) => _commits.Enqueue((ticketId, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));

    /// <summary>
    /// The last commit of <paramref name="ticketId"/> at or before <paramref name="firstSeen"/>, after
    /// <paramref name="since"/>: the one that made what the pages show (Play commits twice: "creating", then the code).
    /// </summary>
    public long? CommitBefore(int ticketId, long since, long firstSeen) =>
        _commits.Where(c => c.TicketId == ticketId && c.At >= since && c.At <= firstSeen).Select(c => (long?)c.At).LastOrDefault();

    public string Describe(int ticketId, long since) =>
        string.Join(", ", _commits.Where(c => c.TicketId == ticketId && c.At >= since).Select(c => c.At));

    /// <summary>The app's publisher, noting the time of each <see cref="TicketChanged"/> before passing it on.</summary>
    internal sealed class Publisher(ILiveUpdatePublisher inner, CommitTimes times) : ILiveUpdatePublisher
    {
        public void Publish(ILiveUpdate update)
        {
            if (update is TicketChanged change)
            {
                times.Record(change.TicketId);
            }

            inner.Publish(update);
        }
    }
}
