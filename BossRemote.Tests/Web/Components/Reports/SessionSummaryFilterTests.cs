using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Reports.Components;
using BossRemote.Web.TimeZones;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Reports;

public class SessionSummaryFilterTests : BunitTestBase
{
    // 1 March 2026, 00:30 UTC: already 1 March in Berlin, the viewer's zone here.
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 30, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<TechnicianSummary> Technicians =
    [
        new("t-maria", "Maria Garcia", "maria.garcia@bossremote.local"),
        new("t-taylor", "Taylor Reed", "tech@bossremote.local"),
    ];

    private static readonly SessionSummaryFilterState February = new(
        DateRangePreset.LastMonth, new DayRange(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), []);

    private readonly List<SessionSummaryFilterState> _changes = [];
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public SessionSummaryFilterTests()
    {
        var viewer = new ViewerTimeZone();
        viewer.TrySet("Europe/Berlin");
        Services.AddSingleton(viewer);
        Services.AddSingleton(new ReportDateRanges(new FakeTimeProvider(Now)));
        _popovers = RenderPopoverProvider();
    }

    [Theory]
    [InlineData(DateRangePreset.Today, "2026-03-01", "2026-03-01")]
    [InlineData(DateRangePreset.Last7Days, "2026-02-23", "2026-03-01")]
    [InlineData(DateRangePreset.ThisMonth, "2026-03-01", "2026-03-01")]
    public async Task Preset_Clicked_ReportsItsDaysInTheViewersZone(DateRangePreset preset, string from, string to)
    {
        var cut = RenderFilter(February);

        await cut.Find(TestId($"report-preset-{preset}")).ClickAsync(new());

        var change = _changes.ShouldHaveSingleItem();
        change.Preset.ShouldBe(preset);
        change.Range.ShouldBe(new DayRange(DateOnly.Parse(from), DateOnly.Parse(to)));
        change.TechnicianIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task Technician_Chosen_ReportsTheirIdAndKeepsTheDays()
    {
        var cut = RenderFilter(February);

        await cut.Find(TestId("report-technicians")).ParentElement!.QuerySelector(".mud-select-input")!.MouseDownAsync(new());
        await _popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Contains("Maria Garcia")).ClickAsync(new());

        var change = _changes.ShouldHaveSingleItem();
        change.TechnicianIds.ShouldBe(["t-maria"]);
        change.Range.ShouldBe(February.Range);
        change.Preset.ShouldBe(DateRangePreset.LastMonth);
    }

    [Fact]
    public async Task StartDate_Typed_MakesTheRangeCustom()
    {
        var cut = RenderFilter(February with { TechnicianIds = ["t-taylor"] });

        await cut.Find(TestId("report-from")).ChangeAsync(new ChangeEventArgs { Value = "2026-02-10" });

        var change = _changes.ShouldHaveSingleItem();
        change.Preset.ShouldBe(DateRangePreset.Custom);
        change.Range.ShouldBe(new DayRange(new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 28)));
        change.TechnicianIds.ShouldBe(["t-taylor"]);
    }

    [Fact]
    public async Task EndDate_BeforeStartDate_ShowsWhyAndReportsNothing()
    {
        var cut = RenderFilter(February);

        await cut.Find(TestId("report-to")).ChangeAsync(new ChangeEventArgs { Value = "2026-01-31" });

        _changes.ShouldBeEmpty();
        cut.Find(TestId("report-filter-error")).TextContent.ShouldContain("The end date is before the start date.");
    }

    [Fact]
    public async Task ValidDates_AfterAnError_ClearTheError()
    {
        var cut = RenderFilter(February);
        await cut.Find(TestId("report-to")).ChangeAsync(new ChangeEventArgs { Value = "2026-01-31" });

        await cut.Find(TestId("report-to")).ChangeAsync(new ChangeEventArgs { Value = "2026-02-14" });

        _changes.ShouldHaveSingleItem().Range.ShouldBe(new DayRange(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 14)));
        cut.FindAll(TestId("report-filter-error")).ShouldBeEmpty();
    }

    private IRenderedComponent<SessionSummaryFilter> RenderFilter(SessionSummaryFilterState value) =>
        Render<SessionSummaryFilter>(p => p
            .Add(c => c.Value, value)
            .Add(c => c.Technicians, Technicians)
            .Add(c => c.ValueChanged, Recorder(_changes)));
}
