using BossRemote.Core.Tickets;

namespace BossRemote.Core.Reports;

/// <summary>
/// The four ticket fields the breakdowns group by, packed into one integer for the database to group on: SQLite sorts a
/// year of cases by one integer about a third faster than by four columns (measured with BossRemote.Benchmarks).
/// Category ids take the high bits; type, priority and source three bits each.
/// </summary>
internal static class TicketFieldKey
{
    public const long CategoryFactor = 512;
    public const long TypeFactor = 64;
    public const long PriorityFactor = 8;

    public static (int CategoryId, TicketType Type, TicketPriority Priority, TicketSource Source) Decode(long key) =>
        ((int)(key / CategoryFactor), (TicketType)(key / TypeFactor % 8), (TicketPriority)(key / PriorityFactor % 8), (TicketSource)(key % 8));
}
