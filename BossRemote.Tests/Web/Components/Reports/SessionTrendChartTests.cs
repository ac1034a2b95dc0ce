using BossRemote.Core.Reports;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Reports.Components;
using Bunit;
using MudBlazor;
using MudBlazor.Charts;
using MudBlazor.Interop;

namespace BossRemote.Tests.Web.Components.Reports;

public class SessionTrendChartTests : BunitTestBase
{
    [Fact]
    public void Days_TableNamesEachDayWithItsFigures()
    {
        var cut = RenderTrend(TrendGrain.Day, (new(2026, 11, 2), 3, 5400), (new(2026, 11, 3), 0, 0), (new(2026, 11, 4), 1, 60));

        var rows = cut.FindAll(TestId("report-trend-row")).Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());

        rows.ShouldBe([["Mon 2 Nov", "3", "1 h 30 min"], ["Tue 3 Nov", "0", "0 s"], ["Wed 4 Nov", "1", "1 min 00 s"]]);
        cut.Find(TestId("report-trend-grain")).TextContent.ShouldBe("By day");
    }

    [Fact]
    public void Weeks_AreNamedByTheirMondayAndSayWhichDaysTheyCover()
    {
        var cut = RenderTrend(TrendGrain.Week, (new(2026, 10, 26), 2, 120), (new(2026, 11, 2), 4, 240));

        var first = cut.FindAll(TestId("report-trend-row"))[0].QuerySelector("td")!;

        first.TextContent.Trim().ShouldBe("Week of 26 Oct");
        first.GetAttribute("title").ShouldBe("Wed 28 Oct – Sun 1 Nov 2026");
        cut.Find(TestId("report-trend-grain")).GetAttribute("data-grain").ShouldBe("Week");
    }

    [Fact]
    public void Months_AreNamedByMonthAndYear()
    {
        var cut = RenderTrend(TrendGrain.Month, (new(2026, 11, 1), 2, 120), (new(2026, 12, 1), 4, 240));

        var names = cut.FindAll(TestId("report-trend-row")).Select(r => r.QuerySelector("td")!.TextContent.Trim());

        names.ShouldBe(["Nov 2026", "Dec 2026"]);
    }

    [Fact]
    public async Task Chart_OneToThreeSessionsADay_HasWholeSessionTicks()
    {
        var cut = RenderTrend(TrendGrain.Day, (new(2026, 11, 2), 1, 60), (new(2026, 11, 3), 3, 60));

        var ticks = await YAxisLabelsAsync(cut);

        ticks.ShouldBe(["0", "1", "2", "3"]);
    }

    [Fact]
    public async Task Hours_Chosen_ChartShowsTheTotalDurationInHours()
    {
        var cut = RenderTrend(TrendGrain.Day, (new(2026, 11, 2), 1, 3 * 3600), (new(2026, 11, 3), 9, 7 * 3600 + 1800));

        await cut.FindAll(".mud-toggle-item").Single(b => b.TextContent.Contains("Hours")).ClickAsync(new());

        cut.Find(TestId("report-trend-chart")).GetAttribute("data-metric").ShouldBe("Hours");
        (await YAxisLabelsAsync(cut)).ShouldBe(["0", "2", "4", "6", "8"]);
    }

    /// <summary>The chart fills its card (MatchBoundsToSize): it draws its axes once the browser has told it the card's size.</summary>
    private static async Task<List<string>> YAxisLabelsAsync(IRenderedComponent<SessionTrendChart> cut)
    {
        var chart = cut.FindComponent<MudAxisChartBase<double, BarChartOptions>>();
        await cut.InvokeAsync(() => chart.Instance.OnElementSizeChanged(new ElementSize { Width = 640, Height = 240 }));
        return [.. cut.FindAll(".mud-charts-yaxis text").Select(t => t.TextContent.Trim())];
    }

    private IRenderedComponent<SessionTrendChart> RenderTrend(TrendGrain grain, params (DateOnly Start, int Sessions, long Seconds)[] points) =>
        Render<SessionTrendChart>(p => p.Add(c => c.Trend, new SessionTrend(grain, [.. points.Select(x => new TrendPoint(
            new TrendPeriod(x.Start, Clip(grain, x.Start), default), x.Sessions, x.Seconds * TimeSpan.TicksPerSecond))])));

    /// <summary>A week that starts before the report's first day (28 October) is clipped to it, as the service clips it.</summary>
    private static DayRange Clip(TrendGrain grain, DateOnly start) => grain switch
    {
        TrendGrain.Week => new DayRange(start < new DateOnly(2026, 10, 28) ? new DateOnly(2026, 10, 28) : start, start.AddDays(6)),
        TrendGrain.Month => new DayRange(start, start.AddMonths(1).AddDays(-1)),
        _ => new DayRange(start, start),
    };
}
