using BossRemote.Core.Reports;

namespace BossRemote.Tests.Core.Reports;

public class TrendPlanTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Kathmandu = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kathmandu");

    [Fact]
    public void Of_DaysInUtc_ReadsEachDayFromTheRollupAlone()
    {
        var terms = Plan(new DayRange(new(2026, 11, 2), new(2026, 11, 4)), TimeZoneInfo.Utc);

        terms.ShouldBe(
        [
            new TrendTerm(0, 1, Day(2026, 11, 2), null),
            new TrendTerm(1, 1, Day(2026, 11, 3), null),
            new TrendTerm(2, 1, Day(2026, 11, 4), null),
        ]);
    }

    [Fact]
    public void Of_DaysInKathmandu_SplitEachUtcDayAt1815ReadingOnlyTheShorterPiecesFromTheCases()
    {
        // Local 2 November is [1 Nov 18:15, 2 Nov 18:15) UTC; 3 November [2 Nov 18:15, 3 Nov 18:15).
        var terms = Plan(new DayRange(new(2026, 11, 2), new(2026, 11, 3)), Kathmandu);

        terms.ShouldBe(
        [
            new TrendTerm(0, 1, null, Range(new(2026, 11, 1, 18, 15, 0), new(2026, 11, 2, 0, 0, 0))),
            new TrendTerm(0, 1, Day(2026, 11, 2), null),
            new TrendTerm(1, 1, null, Range(new(2026, 11, 2, 18, 15, 0), new(2026, 11, 3, 0, 0, 0))),
            new TrendTerm(0, -1, null, Range(new(2026, 11, 2, 18, 15, 0), new(2026, 11, 3, 0, 0, 0))),
            new TrendTerm(1, 1, Day(2026, 11, 3), null),
            new TrendTerm(1, -1, null, Range(new(2026, 11, 3, 18, 15, 0), new(2026, 11, 4, 0, 0, 0))),
        ]);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-01", "2026-03-31")]
    [InlineData("Europe/Berlin", "2026-10-01", "2026-10-31")]
    [InlineData("Asia/Kathmandu", "2026-01-01", "2026-12-31")]
    [InlineData("America/New_York", "2026-02-01", "2026-05-31")]
    [InlineData("America/St_Johns", "2026-10-20", "2026-11-10")]
    [InlineData("UTC", "2026-01-01", "2026-03-31")]
    public void Of_AnyRange_CountsEveryInstantOnceInItsOwnPeriod(string zone, string from, string to)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var periods = TrendPeriods.Of(new DayRange(DateOnly.Parse(from), DateOnly.Parse(to)), tz);
        var terms = TrendPlan.Of([.. periods.Select(p => p.Utc)]);
        var start = periods[0].Utc.Start.AddHours(-30);

        // Every quarter hour and its last tick, from before the range to after it: the terms that hold it, signed, must
        // add up to one in its own period and zero anywhere else.
        for (var instant = start; instant < periods[^1].Utc.End.AddHours(30); instant = instant.AddMinutes(15))
        {
            foreach (var probe in new[] { instant, instant.AddMinutes(15).AddTicks(-1) })
            {
                var owner = periods.ToList().FindIndex(p => p.Utc.Contains(probe));
                var counted = terms.Where(t => Holds(t, probe)).GroupBy(t => t.Period).ToDictionary(g => g.Key, g => g.Sum(t => t.Sign));
                counted.Where(c => c.Value != 0).ShouldBe(
                    owner < 0 ? [] : [new KeyValuePair<int, int>(owner, 1)], $"{probe:O} in {zone}");
            }
        }
    }

    [Fact]
    public void Of_MonthsInBerlin_ReadsAtMostOneCasePieceABoundary()
    {
        var periods = TrendPeriods.Of(new DayRange(new(2026, 1, 1), new(2026, 12, 31)), Berlin);

        var terms = TrendPlan.Of([.. periods.Select(p => p.Utc)]);

        terms.Where(t => t.Cases is not null).Select(t => t.Cases).Distinct().Count().ShouldBe(13);
        terms.Where(t => t.Cases is { } c).ShouldAllBe(t => t.Cases!.Value.End - t.Cases.Value.Start <= TimeSpan.FromHours(2));
    }

    private static bool Holds(TrendTerm term, DateTime utc) =>
        term.RollupDay is { } day ? SessionRollup.DayOf(utc) == day : term.Cases!.Value.Contains(utc);

    private static List<TrendTerm> Plan(DayRange range, TimeZoneInfo zone) =>
        TrendPlan.Of([.. TrendPeriods.Of(range, zone).Select(p => p.Utc)]);

    private static int Day(int year, int month, int day) => SessionRollup.DayOf(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc));

    private static UtcRange Range(DateTime start, DateTime end) =>
        new(DateTime.SpecifyKind(start, DateTimeKind.Utc), DateTime.SpecifyKind(end, DateTimeKind.Utc));
}
