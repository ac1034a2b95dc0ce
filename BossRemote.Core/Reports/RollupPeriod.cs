namespace BossRemote.Core.Reports;

/// <summary>
/// A report's UTC range cut for the rollup (ADR-018): the whole UTC days inside it, [<see cref="FromDay"/>,
/// <see cref="ToDay"/>), read from <see cref="SessionRollup"/>, and what is left at either end (less than a day each,
/// since local midnight is rarely UTC midnight, and in zones such as Asia/Kathmandu not even on the hour), read from
/// the cases. A range without a whole UTC day is all edge.
/// </summary>
internal readonly record struct RollupPeriod(int FromDay, int ToDay, IReadOnlyList<UtcRange> Edges)
{
    public static RollupPeriod Of(UtcRange utc)
    {
        var firstDay = SessionRollup.DayOf(utc.Start);
        if (SessionRollup.StartOf(firstDay) < utc.Start)
        {
            firstDay++;
        }

        var endDay = SessionRollup.DayOf(utc.End);
        if (firstDay >= endDay)
        {
            return new RollupPeriod(0, 0, utc.End > utc.Start ? [utc] : []);
        }

        List<UtcRange> edges = [new(utc.Start, SessionRollup.StartOf(firstDay)), new(SessionRollup.StartOf(endDay), utc.End)];
        return new RollupPeriod(firstDay, endDay, [.. edges.Where(e => e.End > e.Start)]);
    }
}
