namespace BossRemote.Core.Reports;

/// <summary>Resolves the presets against "today" in the viewer's time zone (ADR-006), from the injected clock.</summary>
public sealed class ReportDateRanges(TimeProvider clock)
{
    /// <summary>The viewer's calendar date now.</summary>
    public DateOnly Today(TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    /// <summary>The days <paramref name="preset"/> covers for a viewer in <paramref name="zone"/>.</summary>
    public DayRange For(DateRangePreset preset, TimeZoneInfo zone) => For(preset, Today(zone));

    /// <summary>
    /// Today; the last 7 days including today; this month up to today; all of last month; the last 3 or 12 months up to
    /// today (from the day after the same date 3 or 12 months ago). <see cref="DateRangePreset.Custom"/>
    /// has no days of its own and starts as this month.
    /// </summary>
    public static DayRange For(DateRangePreset preset, DateOnly today)
    {
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return preset switch
        {
            DateRangePreset.Today => new DayRange(today, today),
            DateRangePreset.Last7Days => new DayRange(today.AddDays(-6), today),
            DateRangePreset.LastMonth => new DayRange(firstOfMonth.AddMonths(-1), firstOfMonth.AddDays(-1)),
            DateRangePreset.Last3Months => new DayRange(today.AddMonths(-3).AddDays(1), today),
            DateRangePreset.Last12Months => new DayRange(today.AddMonths(-12).AddDays(1), today),
            _ => new DayRange(firstOfMonth, today),
        };
    }

    /// <summary>The words people read for a preset.</summary>
    public static string Text(DateRangePreset preset) => preset switch
    {
        DateRangePreset.Today => "Today",
        DateRangePreset.Last7Days => "Last 7 days",
        DateRangePreset.ThisMonth => "This month",
        DateRangePreset.LastMonth => "Last month",
        DateRangePreset.Last3Months => "Last 3 months",
        DateRangePreset.Last12Months => "Last 12 months",
        _ => "Custom",
    };
}
