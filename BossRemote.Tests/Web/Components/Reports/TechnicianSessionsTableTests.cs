using BossRemote.Core.Reports;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Reports.Components;
using Bunit;

namespace BossRemote.Tests.Web.Components.Reports;

public class TechnicianSessionsTableTests : BunitTestBase
{
    [Fact]
    public async Task TechnicianName_Pressed_RaisesTheirRow()
    {
        var chosen = new List<ChosenRow>();
        var cut = Render<TechnicianSessionsTable>(p => p
            .Add(c => c.Rows, [new TechnicianSessions("t-maria", "Maria Garcia", 4, 2400, 1, 300, 1), new TechnicianSessions("t-tom", "Tom Becker", 2, 600, 0, 0, 0)])
            .Add(c => c.OnRowChosen, Recorder(chosen)));

        await cut.FindAll(TestId("report-row-sessions"))[0].ClickAsync(new());

        chosen.ShouldHaveSingleItem().ShouldBe(new ChosenRow(ReportRow.Technician("t-maria"), "Maria Garcia", 4));
    }

    [Fact]
    public void Rows_RatedAndNeverAsked_ShowAverageAndResponseRateOrADash()
    {
        var cut = Render<TechnicianSessionsTable>(p => p.Add(c => c.Rows,
        [
            new TechnicianSessions("t-maria", "Maria Garcia", 4, 2400, 1, 300, 1) { Ratings = new SatisfactionFigures(Requested: 1, Answered: 1, RatingSum: 4) },
            new TechnicianSessions("t-tom", "Tom Becker", 2, 600, 0, 0, 0),
        ]));

        cut.FindAll(TestId("report-rating")).Select(c => c.TextContent).ShouldBe(["4.0", "–"]);
        cut.FindAll(TestId("report-response-rate")).Select(c => c.TextContent).ShouldBe(["100 %", "–"]);
    }
}
