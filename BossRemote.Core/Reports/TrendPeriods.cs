namespace BossRemote.Core.Reports;

/// <summary>
/// Cuts a report's days into the trend's periods (ADR-021): by day up to a month (31 days), by ISO week (Monday first)
/// up to about six months (186 days), by calendar month beyond. Periods are the viewer's local days, weeks and months,
/// clipped to the range, so the first and last may be shorter; together they cover the range exactly.
/// </summary>
public static class TrendPeriods
{
    public const int MaxDaysByDay = 31;

    public const int MaxDaysByWeek = 186;

    public static TrendGrain GrainOf(DayRange range) =>
        range.Days <= MaxDaysByDay ? TrendGrain.Day : range.Days <= MaxDaysByWeek ? TrendGrain.Week : TrendGrain.Month;

    public static IReadOnlyList<TrendPeriod> Of(DayRange range, TimeZoneInfo zone)
    {
        var grain = GrainOf(range);
        var periods = new List<TrendPeriod>();
        for (var start = StartOf(range.From, grain); start <= range.To; start = Next(start, grain))
        {
            var last = Next(start, grain).AddDays(-1);
            var days = new DayRange(start < range.From ? range.From : start, last > range.To ? range.To : last);
            periods.Add(new TrendPeriod(start, days, days.ToUtc(zone)));
        }

        return periods;
    }

    private static DateOnly StartOf(DateOnly day, TrendGrain grain) => grain switch
    {
        TrendGrain.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TrendGrain.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly start, TrendGrain grain) => grain switch
    {
        TrendGrain.Week => start.AddDays(7),
        TrendGrain.Month => start.AddMonths(1),
        _ => start.AddDays(1),
    };
}
