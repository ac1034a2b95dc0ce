using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.Reports.Scheduled;
using BossRemote.Tests.EndToEnd.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>
/// Issue 12.5: a supervisor subscribes to the Session Summary from the report, sees it listed, the recurring job sends
/// it (into the outbox, as the app does without SMTP) with the CSV attached, and Remove takes it away.
/// </summary>
public class ScheduledReportEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    private const string Technician = "Maria Garcia";

    [Fact]
    public async Task Supervisor_SubscribesFromTheReport_TheJobDeliversItWithTheCsvAndRemoveEndsIt()
    {
        await SignInAsync(DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync("/reports/integrations/teamviewer");
        await ByTestId("report-technicians").Locator("xpath=..").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = Technician }).ClickAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(ByTestId("report-period")).ToContainTextAsync(Technician);

        await ByTestId("report-subscribe").ClickAsync();
        await Expect(ByTestId("report-subscribe-technicians")).ToHaveTextAsync(Technician);
        await Expect(ByTestId("report-subscribe-zone")).ToHaveTextAsync(ViewerTimeZone);
        await ByTestId("report-subscribe-monthly").ClickAsync();
        await ByTestId("report-subscribe-confirm").ClickAsync();

        var row = ByTestId("report-subscription");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("report-subscription-frequency")).ToHaveTextAsync("Monthly");
        await Expect(row.GetByTestId("report-subscription-technicians")).ToHaveTextAsync(Technician);
        await Expect(row).ToContainTextAsync($"07:00 {ViewerTimeZone}");

        // Made before the last report fell due, as if it had stood for a while; then the job's run comes.
        var period = ReportSchedule.Latest(ReportFrequency.Monthly, TimeZoneInfo.FindSystemTimeZoneById(ViewerTimeZone), DateTime.UtcNow);
        await BackdateSubscriptionsAsync(period.DueUtc.AddDays(-1));
        (await RunJobAsync()).ShouldBe(1);
        (await RunJobAsync()).ShouldBe(0, "one period is sent once");

        var attachment = $"teamviewer-sessions-{period.Days.From:yyyy-MM-dd}-to-{period.Days.To:yyyy-MM-dd}.csv";
        var admin = await NewPageAsync();
        await SignInAsync(admin, DemoUsers.AdminEmail);
        var message = await OutboxMessagesAsync(admin, $"TeamViewer Session Summary: {ScheduledReportEmail.PeriodText(period.Days)}");
        await Expect(message).ToHaveCountAsync(1);
        await message.ClickAsync();
        await Expect(ByTestId(admin, "outbox-to")).ToContainTextAsync(DemoUsers.SupervisorEmail);
        await Expect(ByTestId(admin, "outbox-attachment")).ToHaveTextAsync(attachment);
        await Expect(ByTestId(admin, "outbox-body")).ToHaveAttributeAsync("srcdoc", new System.Text.RegularExpressions.Regex($"<td>{Technician}</td>"));
        await Shot(admin, "outbox");

        await GotoInteractiveAsync("/reports/integrations/teamviewer");
        await Expect(row).ToContainTextAsync($"last: {ScheduledReportEmail.PeriodText(period.Days)}");
        await row.GetByTestId("report-subscription-remove").ClickAsync();
        await Expect(ByTestId("report-subscriptions-empty")).ToBeVisibleAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task Supervisor_OnAnyScreen_SubscribesAndRemovesWithoutScrollingSideways(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        await SignInAsync(page, DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync(page, "/reports/integrations/teamviewer");
        await Expect(ByTestId(page, "report-subscriptions")).ToBeVisibleAsync();

        await ByTestId(page, "report-subscribe").ClickAsync();
        await Expect(ByTestId(page, "report-subscribe-confirm")).ToBeInViewportAsync();
        await Shot(page, $"dialog-{width}");

        await ByTestId(page, "report-subscribe-confirm").ClickAsync();
        var row = ByTestId(page, "report-subscription");
        await Expect(row).ToHaveCountAsync(1);
        await row.ScrollIntoViewIfNeededAsync();
        await Shot(page, $"list-{width}");

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, "the page must not scroll sideways");
        await Expect(row.GetByTestId("report-subscription-remove")).ToBeInViewportAsync();
        await row.GetByTestId("report-subscription-remove").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "bossremote-scheduled-report-screenshots", $"{name}.png") });

    private async Task BackdateSubscriptionsAsync(DateTime createdAt)
    {
        await using var db = await App.Factory.Services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync();
        await db.ReportSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, createdAt));
    }

    private async Task<int> RunJobAsync()
    {
        using var scope = App.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledReportJob>().RunAsync();
    }
}
