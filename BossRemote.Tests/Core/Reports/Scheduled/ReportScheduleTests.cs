using BossRemote.Core.Reports;
using BossRemote.Core.Reports.Scheduled;

namespace BossRemote.Tests.Core.Reports.Scheduled;

public class ReportScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void Latest_WeeklyMondayAfterSevenLocal_IsTheWeekBefore()
    {
        // Monday 16 March 2026, 07:30 in Berlin (UTC+1).
        var period = ReportSchedule.Latest(ReportFrequency.Weekly, Berlin, Utc(2026, 3, 16, 6, 30));

        period.Days.ShouldBe(new DayRange(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15)));
        period.DueUtc.ShouldBe(Utc(2026, 3, 16, 6, 0));
    }

    [Fact]
    public void Latest_WeeklyMondayBeforeSevenLocal_IsStillTheWeekBeforeThat()
    {
        // 06:59 in Berlin: this Monday's report is not due yet.
        var period = ReportSchedule.Latest(ReportFrequency.Weekly, Berlin, Utc(2026, 3, 16, 5, 59));

        period.Days.ShouldBe(new DayRange(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8)));
        period.DueUtc.ShouldBe(Utc(2026, 3, 9, 6, 0));
    }

    [Fact]
    public void Latest_WeeklyOverSpringForward_IsDueAtSevenSummerTimeAndOneHourShorter()
    {
        // Clocks in Berlin went forward on Sunday 29 March 2026; Monday 30 March 07:00 is 05:00 UTC.
        var period = ReportSchedule.Latest(ReportFrequency.Weekly, Berlin, Utc(2026, 3, 30, 5, 0));

        period.Days.ShouldBe(new DayRange(new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 29)));
        period.DueUtc.ShouldBe(Utc(2026, 3, 30, 5, 0));
        var utc = period.Days.ToUtc(Berlin);
        (utc.End - utc.Start).ShouldBe(TimeSpan.FromHours(7 * 24 - 1));
    }

    [Fact]
    public void Latest_MonthlyOnTheDayClocksGoBack_IsDueAtSevenStandardTime()
    {
        // Sunday 1 November 2026 in New York: clocks go back at 02:00, so 07:00 is 12:00 UTC (not 11:00).
        var early = ReportSchedule.Latest(ReportFrequency.Monthly, NewYork, Utc(2026, 11, 1, 11, 59));
        var due = ReportSchedule.Latest(ReportFrequency.Monthly, NewYork, Utc(2026, 11, 1, 12, 0));

        early.Days.ShouldBe(new DayRange(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)));
        due.Days.ShouldBe(new DayRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
        due.DueUtc.ShouldBe(Utc(2026, 11, 1, 12, 0));
    }

    [Fact]
    public void Latest_ViewersZoneAheadOfUtc_UsesTheirMondayNotUtcs()
    {
        // Sunday 15 March 2026 18:30 UTC is already Monday 07:30 in Auckland (UTC+13).
        var period = ReportSchedule.Latest(ReportFrequency.Weekly, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"), Utc(2026, 3, 15, 18, 30));

        period.Days.ShouldBe(new DayRange(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15)));
        period.DueUtc.ShouldBe(Utc(2026, 3, 15, 18, 0));
    }

    [Fact]
    public void Next_MidWeekAndMidMonth_IsTheComingMondayAndFirst()
    {
        var now = Utc(2026, 3, 18, 12, 0);

        var week = ReportSchedule.Next(ReportFrequency.Weekly, Berlin, now);
        var month = ReportSchedule.Next(ReportFrequency.Monthly, Berlin, now);

        week.Days.ShouldBe(new DayRange(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 22)));
        week.DueUtc.ShouldBe(Utc(2026, 3, 23, 6, 0));
        month.Days.ShouldBe(new DayRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
        month.DueUtc.ShouldBe(Utc(2026, 4, 1, 5, 0)); // 07:00 summer time
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
