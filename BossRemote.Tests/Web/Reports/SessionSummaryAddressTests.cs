using BossRemote.Core.Reports;
using BossRemote.Web.Components.Pages.Reports;
using BossRemote.Web.Components.Pages.Reports.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.Web.Reports;

public class SessionSummaryAddressTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // 02:30 UTC on 1 April is still 31 March in New York.
    private readonly ReportDateRanges _ranges = new(new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 2, 30, 0, TimeSpan.Zero)));

    private static readonly string[] Known = ["tech-1", "tech-2"];

    [Fact]
    public void For_Preset_KeepsThePresetWithoutDates()
    {
        var address = SessionSummaryAddress.For(new SessionSummaryFilterState(
            DateRangePreset.Last7Days, new DayRange(new(2026, 3, 25), new(2026, 3, 31)), ["tech-1", "tech-2"]));

        address.ShouldBe("reports/integrations/teamviewer?technicians=tech-1&technicians=tech-2&preset=Last7Days");
    }

    [Fact]
    public void ForThenParse_CustomDays_RoundTrip()
    {
        var filter = new SessionSummaryFilterState(DateRangePreset.Custom, new DayRange(new(2026, 2, 27), new(2026, 3, 9)), ["tech-2"]);

        var parsed = ParseAddress(SessionSummaryAddress.For(filter), out var problem);

        parsed.ShouldNotBeNull();
        (parsed.Preset, parsed.Range).ShouldBe((DateRangePreset.Custom, filter.Range));
        parsed.TechnicianIds.ShouldBe(["tech-2"]);
        problem.ShouldBeNull();
    }

    [Fact]
    public void Parse_Preset_IsResolvedAgainstTodayInTheViewersZone()
    {
        var parsed = Parse("LastMonth", null, null, null, out var problem);

        parsed!.Range.ShouldBe(new DayRange(new(2026, 2, 1), new(2026, 2, 28)));
        parsed.TechnicianIds.ShouldBeEmpty();
        problem.ShouldBeNull();
    }

    [Fact]
    public void Parse_NothingAsked_IsNull()
    {
        Parse(null, null, null, [], out var problem).ShouldBeNull();
        problem.ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-01")]
    [InlineData("10/03/2026", "2026-03-12")]
    [InlineData("2026-03-10", null)]
    [InlineData("2000-01-01", "2026-03-01")]
    public void Parse_BadCustomDates_FallBackToThisMonthAndSaySo(string? from, string? to)
    {
        var parsed = Parse("Custom", from, to, null, out var problem);

        (parsed!.Preset, parsed.Range).ShouldBe((DateRangePreset.ThisMonth, new DayRange(new(2026, 3, 1), new(2026, 3, 31))));
        problem.ShouldNotBeNull().ShouldContain("not a valid range");
    }

    [Fact]
    public void Parse_DatesWithoutAPreset_AreCustom()
    {
        Parse(null, "2026-01-05", "2026-01-06", null, out _)!.Preset.ShouldBe(DateRangePreset.Custom);
    }

    [Fact]
    public void Parse_UnknownPreset_FallsBackAndSaysSo()
    {
        var parsed = Parse("Forever", null, null, null, out var problem);

        parsed!.Preset.ShouldBe(DateRangePreset.ThisMonth);
        problem.ShouldNotBeNull().ShouldContain("Forever");
    }

    [Fact]
    public void Parse_UnknownTechnicians_AreLeftOutAndSaidSo()
    {
        var parsed = Parse("Today", null, null, ["tech-1", "gone", "tech-1"], out var problem);

        parsed!.TechnicianIds.ShouldBe(["tech-1"]);
        problem.ShouldNotBeNull().ShouldContain("no longer exist");
    }

    private SessionSummaryFilterState? ParseAddress(string address, out string? problem)
    {
        var query = QueryHelpers.ParseQuery(new Uri("http://x/" + address).Query);
        string? One(string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;
        return Parse(One("preset"), One("from"), One("to"), query.TryGetValue("technicians", out var t) ? [.. t.Select(v => v!)] : null, out problem);
    }

    private SessionSummaryFilterState? Parse(string? preset, string? from, string? to, string[]? technicians, out string? problem) =>
        SessionSummaryAddress.Parse(preset, from, to, technicians, Known, _ranges, NewYork, out problem);
}
