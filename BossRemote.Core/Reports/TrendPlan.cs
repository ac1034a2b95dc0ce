namespace BossRemote.Core.Reports;

/// <summary>
/// How the trend reads its periods exactly and cheaply (ADR-021), UTC day by UTC day over the range: a day inside one
/// period is its rollup row (ADR-018); a day cut by a period's local midnight (18:15 UTC in Asia/Kathmandu, 22:00 or
/// 23:00 UTC in Berlin, a DST day's 23 or 25 hours) or by the range's own ends gives its shorter pieces from the cases
/// and its longest piece as the day's rollup minus the others, so no more than half a UTC day is ever read from the cases.
/// </summary>
internal static class TrendPlan
{
    private const int Outside = -1;

    public static List<TrendTerm> Of(IReadOnlyList<UtcRange> periods)
    {
        List<TrendTerm> terms = [];
        if (periods.Count == 0)
        {
            return terms;
        }

        var (start, end) = (periods[0].Start, periods[^1].End);
        var first = 0;
        for (var day = SessionRollup.DayOf(start); SessionRollup.StartOf(day) < end; day++)
        {
            var (dayStart, dayEnd) = (SessionRollup.StartOf(day), SessionRollup.StartOf(day + 1));
            var (from, to) = (Max(dayStart, start), Min(dayEnd, end));
            while (periods[first].End <= from)
            {
                first++;
            }

            var pieces = Pieces(periods, first, dayStart, from, to, dayEnd);
            var longest = pieces.MaxBy(p => p.Range.End - p.Range.Start);
            if (longest.Period == Outside)
            {
                terms.AddRange(pieces.Where(p => p.Period != Outside).Select(p => new TrendTerm(p.Period, 1, null, p.Range)));
                continue;
            }

            terms.Add(new TrendTerm(longest.Period, 1, day, null));
            foreach (var piece in pieces.Where(p => p != longest))
            {
                if (piece.Period != Outside)
                {
                    terms.Add(new TrendTerm(piece.Period, 1, null, piece.Range));
                }

                terms.Add(new TrendTerm(longest.Period, -1, null, piece.Range));
            }
        }

        return terms;
    }

    /// <summary>A UTC day cut into its pieces in each period, and outside the range where the range starts or ends in it.</summary>
    private static List<(int Period, UtcRange Range)> Pieces(
        IReadOnlyList<UtcRange> periods, int first, DateTime dayStart, DateTime from, DateTime to, DateTime dayEnd)
    {
        List<(int Period, UtcRange Range)> pieces = [];
        if (from > dayStart)
        {
            pieces.Add((Outside, new UtcRange(dayStart, from)));
        }

        for (var i = first; i < periods.Count && periods[i].Start < to; i++)
        {
            var piece = new UtcRange(Max(periods[i].Start, from), Min(periods[i].End, to));
            if (piece.End > piece.Start)
            {
                pieces.Add((i, piece));
            }
        }

        if (to < dayEnd)
        {
            pieces.Add((Outside, new UtcRange(to, dayEnd)));
        }

        return pieces;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
