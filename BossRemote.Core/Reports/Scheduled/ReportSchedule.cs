using BossRemote.Core.Common;

namespace BossRemote.Core.Reports.Scheduled;

/// <summary>
/// When a subscribed report falls due, in the subscriber's zone: weekly on Monday at 07:00 for the seven days before
/// (Monday to Sunday), monthly on the 1st at 07:00 for the month before. Days and the hour are local, so a period with a
/// daylight-saving change is an hour shorter or longer and the report still arrives at 07:00 on the clock.
/// </summary>
public static class ReportSchedule
{
    public static readonly TimeOnly SendAt = new(7, 0);

    /// <summary>The latest period that is due at <paramref name="nowUtc"/> (its due time at or before it).</summary>
    public static ReportPeriod Latest(ReportFrequency frequency, TimeZoneInfo zone, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));
        var day = frequency == ReportFrequency.Weekly
            ? today.AddDays(-(((int)today.DayOfWeek + 6) % 7))
            : new DateOnly(today.Year, today.Month, 1);
        var period = For(frequency, day, zone);
        return period.DueUtc <= nowUtc ? period : For(frequency, Step(frequency, day, -1), zone);
    }

    /// <summary>The next period to fall due after <paramref name="nowUtc"/>.</summary>
    public static ReportPeriod Next(ReportFrequency frequency, TimeZoneInfo zone, DateTime nowUtc)
    {
        var latest = Latest(frequency, zone, nowUtc);
        return For(frequency, Step(frequency, latest.Days.To.AddDays(1), 1), zone);
    }

    /// <summary>The period sent on <paramref name="dueDay"/> (a Monday, or a 1st).</summary>
    private static ReportPeriod For(ReportFrequency frequency, DateOnly dueDay, TimeZoneInfo zone) => new(
        frequency == ReportFrequency.Weekly
            ? new DayRange(dueDay.AddDays(-7), dueDay.AddDays(-1))
            : ReportDateRanges.For(DateRangePreset.LastMonth, dueDay),
        LocalDays.AtUtc(dueDay, SendAt, zone));

    private static DateOnly Step(ReportFrequency frequency, DateOnly day, int steps) =>
        frequency == ReportFrequency.Weekly ? day.AddDays(7 * steps) : day.AddMonths(steps);

    public static string Text(ReportFrequency frequency) => frequency == ReportFrequency.Weekly
        ? "Weekly (Monday 07:00, the week before)"
        : "Monthly (the 1st, 07:00, the month before)";
}
