using BossRemote.Web.Components.Pages.Reports.Components;

namespace BossRemote.Tests.Web.Components.Reports;

public class ChartScaleTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(11, 5)]
    [InlineData(40, 10)]
    [InlineData(420, 100)]
    [InlineData(1_000_000, 200_000)]
    public void Step_MostSessions_IsAWholeRoundNumberWithAtMostFiveSteps(int max, int expected)
    {
        var step = ChartScale.Step(max);

        step.ShouldBe(expected);
    }
}
