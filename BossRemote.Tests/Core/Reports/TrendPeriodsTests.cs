using BossRemote.Core.Reports;

namespace BossRemote.Tests.Core.Reports;

public class TrendPeriodsTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Kathmandu = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kathmandu");

    [Theory]
    [InlineData(1, TrendGrain.Day)]
    [InlineData(31, TrendGrain.Day)]
    [InlineData(32, TrendGrain.Week)]
    [InlineData(186, TrendGrain.Week)]
    [InlineData(187, TrendGrain.Month)]
    [InlineData(3660, TrendGrain.Month)]
    public void GrainOf_RangeOfDays_IsDayUpToAMonthWeekUpToSixMonthsThenMonth(int days, TrendGrain expected)
    {
        var from = new DateOnly(2026, 1, 1);

        var grain = TrendPeriods.GrainOf(new DayRange(from, from.AddDays(days - 1)));

        grain.ShouldBe(expected);
    }

    [Fact]
    public void Of_Week_StartsOnMondayAndIsClippedToTheRange()
    {
        // Thursday 1 January to Wednesday 1 April 2026: ISO weeks from Monday 29 December 2025.
        var periods = TrendPeriods.Of(new DayRange(new(2026, 1, 1), new(2026, 4, 1)), Utc);

        periods[0].ShouldBe(new TrendPeriod(new(2025, 12, 29), new(new(2026, 1, 1), new(2026, 1, 4)),
            new(new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc))));
        periods[1].Days.ShouldBe(new DayRange(new(2026, 1, 5), new(2026, 1, 11)));
        periods[^1].ShouldSatisfyAllConditions(
            p => p.Start.ShouldBe(new DateOnly(2026, 3, 30)), p => p.Days.ShouldBe(new DayRange(new(2026, 3, 30), new(2026, 4, 1))));
        periods.Count.ShouldBe(14);
        periods.ShouldAllBe(p => p.Start.DayOfWeek == DayOfWeek.Monday);
    }

    [Fact]
    public void Of_Months_AreCalendarMonthsClippedToTheRange()
    {
        var periods = TrendPeriods.Of(new DayRange(new(2025, 12, 4), new(2026, 12, 3)), Utc);

        periods.Select(p => p.Start).ShouldBe([.. Enumerable.Range(0, 13).Select(i => new DateOnly(2025, 12, 1).AddMonths(i))]);
        periods[0].Days.ShouldBe(new DayRange(new(2025, 12, 4), new(2025, 12, 31)));
        periods[1].Days.ShouldBe(new DayRange(new(2026, 1, 1), new(2026, 1, 31)));
        periods[^1].Days.ShouldBe(new DayRange(new(2026, 12, 1), new(2026, 12, 3)));
    }

    [Fact]
    public void Of_AnyRange_CoversItsUtcRangeWithoutGapOrOverlap()
    {
        var range = new DayRange(new(2025, 12, 4), new(2026, 12, 3));

        var periods = TrendPeriods.Of(range, Berlin);

        periods[0].Utc.Start.ShouldBe(range.ToUtc(Berlin).Start);
        periods[^1].Utc.End.ShouldBe(range.ToUtc(Berlin).End);
        periods.Zip(periods.Skip(1)).ShouldAllBe(p => p.First.Utc.End == p.Second.Utc.Start);
    }

    [Fact]
    public void Of_DaysInKathmandu_StartAt1815Utc()
    {
        var periods = TrendPeriods.Of(new DayRange(new(2026, 11, 2), new(2026, 11, 3)), Kathmandu);

        periods.Select(p => p.Utc).ShouldBe(
        [
            new UtcRange(new(2026, 11, 1, 18, 15, 0, DateTimeKind.Utc), new(2026, 11, 2, 18, 15, 0, DateTimeKind.Utc)),
            new UtcRange(new(2026, 11, 2, 18, 15, 0, DateTimeKind.Utc), new(2026, 11, 3, 18, 15, 0, DateTimeKind.Utc)),
        ]);
    }

    [Theory]
    [InlineData("2026-03-29", 23)]
    [InlineData("2026-10-25", 25)]
    public void Of_DstDaysInBerlin_Last23Or25Hours(string day, int hours)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var periods = TrendPeriods.Of(new DayRange(date.AddDays(-1), date.AddDays(1)), Berlin);

        periods.Select(p => (p.Utc.End - p.Utc.Start).TotalHours).ShouldBe([24, hours, 24]);
    }
}
