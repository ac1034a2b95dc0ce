using System.Collections.Concurrent;
using BossRemote.Core.Common.Events;
using BossRemote.Core.Tickets;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// When each change of a ticket was committed, as the app's event pump takes it up, before its publish to the pages
/// (ms since the epoch, the clock the browser's <c>Date.now()</c> reads): a change's fan-out is timed from here to
/// each watching page.
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

    /// <summary>Hands each <see cref="TicketChanged"/> to <see cref="CommitTimes"/>.</summary>
    internal sealed class Handler(CommitTimes times) : IDomainEventHandler<TicketChanged>
    {
        public Task HandleAsync(TicketChanged domainEvent, CancellationToken cancellationToken)
        {
            times.Record(domainEvent.TicketId);
            return Task.CompletedTask;
        }
    }
}
