using BossRemote.Core.Common;
using BossRemote.Core.Reports;

namespace BossRemote.Tests.Core.Reports;

public class DayRangeTests
{
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-10", 24)]
    [InlineData("Europe/Berlin", "2026-03-29", 23)]
    [InlineData("Europe/Berlin", "2026-10-25", 25)]
    [InlineData("America/New_York", "2026-03-08", 23)]
    [InlineData("America/New_York", "2026-11-01", 25)]
    [InlineData("UTC", "2026-03-29", 24)]
    public void ToUtc_OneDay_LastsAsLongAsTheLocalDay(string zone, string day, int hours)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var utc = new DayRange(date, date).ToUtc(TimeZoneInfo.FindSystemTimeZoneById(zone));

        (utc.End - utc.Start).ShouldBe(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void ToUtc_MarchInNewYork_StartsAndEndsAtLocalMidnight()
    {
        var range = new DayRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        var utc = range.ToUtc(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        utc.Start.ShouldBe(new DateTime(2026, 3, 1, 5, 0, 0, DateTimeKind.Utc));
        utc.End.ShouldBe(new DateTime(2026, 4, 1, 4, 0, 0, DateTimeKind.Utc));
        utc.Start.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void LocalDaysStartUtc_MidnightSkippedBySpringForward_StartsAtTheFirstLocalTimeThatExists()
    {
        // Santiago (Chile) springs forward at 00:00 local on 6 September 2026: 00:00–00:59 never happen.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var start = LocalDays.StartUtc(new DateOnly(2026, 9, 6), santiago);

        TimeZoneInfo.ConvertTimeFromUtc(start, santiago).ShouldBe(new DateTime(2026, 9, 6, 1, 0, 0));
        start.ShouldBe(new DateTime(2026, 9, 6, 4, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void LocalDaysStartUtc_MidnightRepeatedByFallBack_StartsAtTheFirstMidnight()
    {
        // Santiago falls back at 00:00 local on 5 April 2026: 23:00–23:59 on the 4th happen twice, then the 5th begins
        // once; the day before ends at the second midnight, so no instant belongs to two days.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var fourth = new DayRange(new DateOnly(2026, 4, 4), new DateOnly(2026, 4, 4)).ToUtc(santiago);
        var fifth = new DayRange(new DateOnly(2026, 4, 5), new DateOnly(2026, 4, 5)).ToUtc(santiago);

        fourth.End.ShouldBe(fifth.Start);
        (fourth.End - fourth.Start).ShouldBe(TimeSpan.FromHours(25));
    }

    [Fact]
    public void Days_OneWeek_CountsBothEnds()
    {
        var range = new DayRange(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 10));

        range.Days.ShouldBe(7);
    }
}
