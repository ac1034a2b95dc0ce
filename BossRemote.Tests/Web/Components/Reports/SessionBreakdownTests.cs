using BossRemote.Core.Reports;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Reports.Components;
using Bunit;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Reports;

public class SessionBreakdownTests : BunitTestBase
{
    private readonly List<ChosenRow> _chosen = [];

    [Fact]
    public async Task RowName_Pressed_RaisesTheRowWithWhatItGroupsBy()
    {
        var cut = RenderBreakdown(ChartType.Bar, new SessionGroup(1, "High", 3, 900), new SessionGroup(3, "Low", 1, 60));

        await cut.FindAll(TestId("report-row-sessions"))[1].ClickAsync(new());

        _chosen.ShouldHaveSingleItem().ShouldBe(new ChosenRow(ReportRow.For(ReportRowKind.Priority, 3), "Low", 1));
    }

    [Fact]
    public void BarChart_OneToThreeSessions_HasWholeSessionTicks()
    {
        var cut = RenderBreakdown(ChartType.Bar, new SessionGroup(0, "Urgent", 1, 60), new SessionGroup(1, "High", 3, 900), new SessionGroup(2, "Medium", 2, 90));

        var ticks = YAxisLabels(cut);

        ticks.ShouldBe(["0", "1", "2", "3"]);
    }

    [Fact]
    public void BarChart_HundredsOfSessions_HasAFewRoundTicks()
    {
        var cut = RenderBreakdown(ChartType.Bar, new SessionGroup(0, "Incident", 420, 60), new SessionGroup(1, "Service Request", 130, 900));

        var ticks = YAxisLabels(cut);

        ticks.ShouldBe(["0", "100", "200", "300", "400", "500"]);
    }

    [Fact]
    public void Rows_WithAndWithoutRatings_ShowAverageAndResponseRateOrADash()
    {
        var cut = RenderBreakdown(ChartType.Bar,
            new SessionGroup(1, "High", 3, 900) { Ratings = new SatisfactionFigures(Requested: 3, Answered: 2, RatingSum: 7) },
            new SessionGroup(3, "Low", 1, 60));

        var cells = cut.FindAll("tbody tr").Select(r => (r.QuerySelector("[data-testid=report-rating]")!.TextContent, r.QuerySelector("[data-testid=report-response-rate]")!.TextContent));

        cells.ShouldBe([("3.5", "67 %"), ("–", "–")]);
    }

    private static List<string> YAxisLabels(IRenderedComponent<SessionBreakdown> cut) =>
        [.. cut.FindAll(".mud-charts-yaxis text").Select(t => t.TextContent.Trim())];

    private IRenderedComponent<SessionBreakdown> RenderBreakdown(ChartType chart, params SessionGroup[] groups) =>
        Render<SessionBreakdown>(p => p
            .Add(c => c.Title, "By priority")
            .Add(c => c.Column, "Priority")
            .Add(c => c.Kind, ReportRowKind.Priority)
            .Add(c => c.Groups, groups)
            .Add(c => c.ChartType, chart)
            .Add(c => c.OnRowChosen, Recorder(_chosen)));
}
