using BossRemote.Core.Reports;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.Core.Reports;

public class ReportDateRangesTests
{
    // 1 March 2026, 01:30 in Berlin; still 28 February, 19:30 in New York.
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private readonly ReportDateRanges _ranges = new(new FakeTimeProvider(Now));

    [Fact]
    public void Today_ViewersOnEitherSideOfMidnight_GetTheirOwnDate()
    {
        var berlin = _ranges.Today(Berlin);
        var newYork = _ranges.Today(NewYork);

        berlin.ShouldBe(new DateOnly(2026, 3, 1));
        newYork.ShouldBe(new DateOnly(2026, 2, 28));
    }

    [Theory]
    [InlineData(DateRangePreset.Today, "2026-03-01", "2026-03-01")]
    [InlineData(DateRangePreset.Last7Days, "2026-02-23", "2026-03-01")]
    [InlineData(DateRangePreset.ThisMonth, "2026-03-01", "2026-03-01")]
    [InlineData(DateRangePreset.LastMonth, "2026-02-01", "2026-02-28")]
    [InlineData(DateRangePreset.Last3Months, "2025-12-02", "2026-03-01")]
    [InlineData(DateRangePreset.Last12Months, "2025-03-02", "2026-03-01")]
    public void For_PresetInBerlin_CoversTheExpectedDays(DateRangePreset preset, string from, string to)
    {
        var range = _ranges.For(preset, Berlin);

        range.ShouldBe(new DayRange(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Theory]
    [InlineData(DateRangePreset.Today, "2026-02-28", "2026-02-28")]
    [InlineData(DateRangePreset.Last7Days, "2026-02-22", "2026-02-28")]
    [InlineData(DateRangePreset.ThisMonth, "2026-02-01", "2026-02-28")]
    [InlineData(DateRangePreset.LastMonth, "2026-01-01", "2026-01-31")]
    public void For_PresetInNewYork_CoversTheExpectedDays(DateRangePreset preset, string from, string to)
    {
        var range = _ranges.For(preset, NewYork);

        range.ShouldBe(new DayRange(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void For_LastMonthInJanuary_IsDecemberOfThePreviousYear()
    {
        var range = ReportDateRanges.For(DateRangePreset.LastMonth, new DateOnly(2026, 1, 15));

        range.ShouldBe(new DayRange(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)));
    }
}
