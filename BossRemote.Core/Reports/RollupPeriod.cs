namespace BossRemote.Core.Reports;

/// <summary>
/// A report's UTC range cut for the rollup (ADR-018): the whole UTC months inside it read from month rows, the whole UTC
/// days around them from day rows (<see cref="Buckets"/>), and what is left at either end (less than a day each, since
/// local midnight is rarely UTC midnight, and in zones such as Asia/Kathmandu not even on the hour) from the cases
/// (<see cref="Edges"/>). A range without a whole UTC day is all edge.
/// </summary>
internal sealed record RollupPeriod(IReadOnlyList<RollupBuckets> Buckets, IReadOnlyList<UtcRange> Edges)
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
            return new RollupPeriod([], utc.End > utc.Start ? [utc] : []);
        }

        var firstMonth = SessionRollup.MonthOf(firstDay) == firstDay ? firstDay : SessionRollup.NextMonthOf(firstDay);
        var endMonth = SessionRollup.MonthOf(endDay);
        List<RollupBuckets> buckets = firstMonth < endMonth
            ?
            [
                new(SessionRollupGrain.Day, firstDay, firstMonth),
                new(SessionRollupGrain.Month, firstMonth, endMonth),
                new(SessionRollupGrain.Day, endMonth, endDay),
            ]
            : [new(SessionRollupGrain.Day, firstDay, endDay)];
        List<UtcRange> edges = [new(utc.Start, SessionRollup.StartOf(firstDay)), new(SessionRollup.StartOf(endDay), utc.End)];
        return new RollupPeriod([.. buckets.Where(b => b.To > b.From)], [.. edges.Where(e => e.End > e.Start)]);
    }
}
