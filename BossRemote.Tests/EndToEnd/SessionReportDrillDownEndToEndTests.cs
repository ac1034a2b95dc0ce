using System.Globalization;
using BossRemote.Core.Demo;
using BossRemote.Core.Reports;
using BossRemote.Core.ServiceCases;
using BossRemote.Tests.EndToEnd.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>
/// Issue 9.9 and the report's part of 9.2: any row of the Session Summary lists its sessions (and downloads them), a
/// date confirmed with Enter applies, and at 390×844 the controls wrap and nothing is wider than the screen.
/// </summary>
public class SessionReportDrillDownEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    private const string Technician = "Maria Garcia";

    [Fact]
    public async Task Supervisor_PressesATechnicianRow_SeesTheirSessionsInTheirZoneAndDownloadsThem()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ViewerTimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone));
        var (from, to) = ReportDateRanges.For(DateRangePreset.LastMonth, today);
        var expected = await ClosedCasesAsync(from, to, zone);
        await SignInAsync(DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync("/reports/integrations/teamviewer?preset=LastMonth");
        var row = Page.Locator("[data-testid='report-technician-row']", new() { HasText = Technician });
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(Number(expected.Count));

        await row.GetByTestId("report-row-sessions").ClickAsync();

        await Expect(ByTestId("report-drilldown-count")).ToHaveAttributeAsync("data-value", Number(expected.Count));
        await Expect(ByTestId("report-drilldown-row")).ToHaveCountAsync(Math.Min(expected.Count, SessionDrillDownService.PageLimit));
        var first = ByTestId("report-drilldown-row").First;
        var cells = first.Locator("td");
        await Expect(cells.Nth(0)).ToHaveTextAsync($"#{expected[0].Ticket!.Number}");
        await Expect(cells.Nth(0).Locator("a")).ToHaveAttributeAsync("href", $"tickets/{expected[0].Ticket!.Number}");
        await Expect(cells.Nth(2)).ToHaveTextAsync(Technician);
        await Expect(cells.Nth(3)).ToHaveTextAsync(Local(expected[0].CreatedAt, zone));
        await Expect(cells.Nth(4)).ToHaveTextAsync(Local(expected[0].EndedAt!.Value, zone));

        var download = await Page.RunAndWaitForDownloadAsync(() => ByTestId("report-drilldown-export").ClickAsync());
        var csv = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n");
        download.SuggestedFilename.ShouldBe($"teamviewer-sessions-technician-{Iso(from)}-to-{Iso(to)}.csv");
        csv.ShouldContain($"Technician,{Technician}");
        csv.ShouldContain($"Time zone,{ViewerTimeZone}");
        csv.ShouldContain($"Sessions,{expected.Count}");
        var lines = csv.SkipWhile(l => l != string.Join(',', SessionDrillDownCsv.Columns)).Skip(1).Where(l => l.Length > 0).ToList();
        lines.Count.ShouldBe(expected.Count);
        lines[0].Split(',')[3].ShouldBe(Local(expected[0].CreatedAt, zone));

        await cells.Nth(0).Locator("a").ClickAsync();
        await Page.WaitForURLAsync($"**/tickets/{expected[0].Ticket!.Number}");
        await Expect(ByTestId("report-drilldown-row")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("report-by-category")]
    [InlineData("report-by-type")]
    [InlineData("report-by-priority")]
    [InlineData("report-by-source")]
    public async Task Supervisor_PressesABreakdownRow_ListsAsManySessionsAsTheRowCounts(string breakdown)
    {
        await SignInAsync(DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync("/reports/integrations/teamviewer?preset=LastMonth");
        var row = ByTestId(breakdown).GetByTestId("report-row").First;
        var figure = (await row.Locator("td").Nth(1).TextContentAsync())!.Trim().Replace(",", "", StringComparison.Ordinal);

        await row.GetByTestId("report-row-sessions").ClickAsync();

        await Expect(ByTestId("report-drilldown-count")).ToHaveAttributeAsync("data-value", figure);
        await Expect(ByTestId("report-drilldown-row"))
            .ToHaveCountAsync(Math.Min(int.Parse(figure, CultureInfo.InvariantCulture), SessionDrillDownService.PageLimit));
    }

    [Fact]
    public async Task Supervisor_TypesADateAndPressesEnter_TheReportShowsThoseDays()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(ViewerTimeZone)));
        var from = today.AddDays(-20);
        await SignInAsync(DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync("/reports/integrations/teamviewer?preset=Last7Days");

        await ByTestId("report-from").FillAsync(Iso(from));
        await ByTestId("report-from").PressAsync("Enter");

        await Expect(ByTestId("report-results")).ToHaveAttributeAsync("data-from", Iso(from));
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"from={Iso(from)}"));
        await Expect(Page.Locator(".mud-picker-open, .mud-popover-open .mud-picker")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Phone_Report_ControlsWrapWholeAndNothingIsWiderThanTheScreen()
    {
        var phone = await NewPageAsync(width: 390, height: 844);
        await SignInAsync(phone, DemoUsers.SupervisorEmail);

        await GotoInteractiveAsync(phone, "/reports/integrations/teamviewer?preset=LastMonth");
        await Expect(ByTestId(phone, "report-technician-row").First).ToBeVisibleAsync();

        (await ScrollWidthAsync(phone)).ShouldBeLessThanOrEqualTo(390, "the page must not scroll sideways");
        foreach (var preset in Enum.GetValues<DateRangePreset>())
        {
            var button = ByTestId(phone, $"report-preset-{preset}");
            await Expect(button).ToHaveTextAsync(ReportDateRanges.Text(preset), new() { IgnoreCase = true });
            var (scroll, client) = await WidthsAsync(button);
            scroll.ShouldBeLessThanOrEqualTo(client, $"the label of {preset} is cut");
            var box = (await button.BoundingBoxAsync())!;
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(390, $"{preset} runs off the screen");
        }

        foreach (var date in new[] { "report-from", "report-to" })
        {
            var box = (await ByTestId(phone, date).BoundingBoxAsync())!;
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(390, $"{date} is clipped");
            var (scroll, client) = await WidthsAsync(ByTestId(phone, date));
            scroll.ShouldBeLessThanOrEqualTo(client, $"the date in {date} is cut");
        }

        await ByTestId(phone, "report-row-sessions").First.ClickAsync();
        await Expect(ByTestId(phone, "report-drilldown-row").First).ToBeVisibleAsync();
        (await ScrollWidthAsync(phone)).ShouldBeLessThanOrEqualTo(390, "the session list scrolls inside its dialog");
    }

    /// <summary>Maria's closed cases started in those local days, oldest first: what the drill-down must list.</summary>
    private async Task<List<ServiceCase>> ClosedCasesAsync(DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        await using var db = App.Factory.CreateDbContext();
        var cases = await db.ServiceCases.AsNoTracking().Include(c => c.Ticket)
            .Where(c => c.CreatedByName == Technician && c.State == ServiceCaseState.Closed && c.CreatedAt >= start && c.CreatedAt < end)
            .ToListAsync();
        cases.ShouldNotBeEmpty("the demo history gives every technician sessions last month");
        return [.. cases.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)];
    }

    private static string Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static async Task<int> ScrollWidthAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    private static async Task<(int Scroll, int Client)> WidthsAsync(ILocator element)
    {
        var widths = await element.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        return (widths[0], widths[1]);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
