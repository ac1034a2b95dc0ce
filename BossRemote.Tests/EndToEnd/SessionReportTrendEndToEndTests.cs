using System.Globalization;
using BossRemote.Core.Demo;
using BossRemote.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

public class SessionReportTrendEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Theory]
    [InlineData(1366, 900)]
    [InlineData(390, 844)]
    public async Task Supervisor_PicksLongerPresets_TheTrendGoesByDayThenWeekThenMonthAndAddsUpToTheTotal(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        await SignInAsync(page, DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync(page, "/reports/integrations/teamviewer?preset=Last7Days");

        await Expect(ByTestId(page, "report-trend-grain")).ToHaveAttributeAsync("data-grain", "Day");
        await Expect(page.Locator("[data-testid='report-trend-row']")).ToHaveCountAsync(7);
        await ExpectTrendAddsUpAsync(page);

        await ByTestId(page, "report-preset-Last3Months").ClickAsync();
        await Expect(ByTestId(page, "report-trend-grain")).ToHaveAttributeAsync("data-grain", "Week");
        await Expect(page.Locator("[data-testid='report-trend-row']").First).ToContainTextAsync("Week of ");
        await ExpectTrendAddsUpAsync(page);
        await ScreenshotAsync(page, $"weeks-{width}");

        await ByTestId(page, "report-preset-Last12Months").ClickAsync();
        await Expect(ByTestId(page, "report-trend-grain")).ToHaveAttributeAsync("data-grain", "Month");
        await Expect(page.Locator("[data-testid='report-trend-row']")).ToHaveCountAsync(13);
        await ExpectTrendAddsUpAsync(page);
        await page.Locator("[data-testid='report-trend-metric'] .mud-toggle-item", new() { HasText = "Hours" }).ClickAsync();
        await Expect(ByTestId(page, "report-trend-chart")).ToHaveAttributeAsync("data-metric", "Hours");
        await ScreenshotAsync(page, $"months-hours-{width}");

        // A month of days is wider than a phone: the chart scrolls inside its card, the page does not scroll sideways.
        await ByTestId(page, "report-preset-LastMonth").ClickAsync();
        await Expect(ByTestId(page, "report-trend-grain")).ToHaveAttributeAsync("data-grain", "Day");
        await ExpectTrendAddsUpAsync(page);
        await ScreenshotAsync(page, $"days-{width}");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
    }

    /// <summary>The rows of the trend's table add up to the summary's sessions and total seconds, as the report shows them.</summary>
    private static async Task ExpectTrendAddsUpAsync(IPage page)
    {
        await Expect(ByTestId(page, "report-loading")).ToHaveCountAsync(0);
        var total = int.Parse((await ByTestId(page, "report-total-sessions").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        var seconds = long.Parse((await ByTestId(page, "report-total-duration").GetAttributeAsync("data-seconds"))!, CultureInfo.InvariantCulture);
        var rows = await page.Locator("[data-testid='report-trend-row']").EvaluateAllAsync<long[][]>(
            "rows => rows.map(r => [Number(r.dataset.sessions), Number(r.dataset.seconds)])");

        rows.Sum(r => r[0]).ShouldBe(total);
        // Each row rounds its own ticks to a second, the summary each technician's: sessions other tests end are not whole seconds.
        Math.Abs(rows.Sum(r => r[1]) - seconds).ShouldBeLessThanOrEqualTo(rows.Length);
        total.ShouldBeGreaterThan(0, "the demo history has sessions in every preset but today");
    }

    /// <summary>The page and the trend's card, to look at (the folder is printed nowhere; the test does not compare them).</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bossremote-trend-screenshots");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        await ByTestId(page, "report-trend").ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-card.png") });
    }
}
