using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>The ticket written back into TeamViewer's connection report (ADR-020), as the simulator shows it.</summary>
public class ReportWriteBackEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task Stop_AfterTheCustomerJoinedAndLeft_TheSimulatorsConnectionReportNamesTheTicket()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        var code = await PlayAndLetTheCustomerJoinAndLeaveAsync(ticket.Number);
        var supporterLink = (await ByTestId("tv-supporter-link").GetAttributeAsync("href"))!;

        await Browsers.StopSessionAsync(Page);

        await Expect(ByTestId("tv-play")).ToBeVisibleAsync();

        var expected = $"BossRemote ticket #{ticket.Number}: {ticket.Subject}";
        var state = await AppScope.EventuallyAsync(() => WriteBackStateAsync(code), s => s == ReportWriteBackState.Written);
        state.ShouldBe(ReportWriteBackState.Written);
        await Page.GotoAsync(supporterLink); // the technician's side of the session, with its connection reports
        await Expect(ByTestId("sim-report-notes")).ToHaveTextAsync(expected);
        var report = (await App.Factory.Services.GetRequiredService<ITeamViewerClient>()
            .ListConnectionReportsAsync(new ConnectionReportFilter { SessionCode = code })).Records.ShouldHaveSingleItem();
        report.Notes.ShouldBe(expected);
    }

    [Fact]
    public async Task Stop_TokenMayNotEditReports_AdminSeesTheFailureWithItsReasonOnTheTeamViewerSettings()
    {
        var ticket = await FreshTicketAsync();
        var admin = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
        var connected = await AppScope.WithAsync<TeamViewerSetupService, OperationResult>(App.Factory.Services,
            s => s.ConnectAsync(admin, "noedit-reports-" + Guid.NewGuid().ToString("N")));
        connected.Succeeded.ShouldBeTrue(connected.Error);
        try
        {
            var code = await PlayAndLetTheCustomerJoinAndLeaveAsync(ticket.Number);

            await Browsers.StopSessionAsync(Page);

            await Expect(ByTestId("tv-play")).ToBeVisibleAsync(); // a failing write-back never holds up Stop
            var state = await AppScope.EventuallyAsync(() => WriteBackStateAsync(code), s => s == ReportWriteBackState.Failed);
            state.ShouldBe(ReportWriteBackState.Failed);
            var settings = await NewPageAsync();
            await SignInAsync(settings, DemoUsers.AdminEmail);
            await GotoInteractiveAsync(settings, "/settings/integrations/teamviewer");
            var row = settings.Locator("[data-testid='tv-writeback-failure']", new() { HasText = code });
            await Expect(row).ToContainTextAsync($"#{ticket.Number}");
            await Expect(row).ToContainTextAsync("permission");
            await Expect(ByTestId(settings, "tv-writeback-retry").First).ToBeEnabledAsync();

            var phone = await NewPageAsync(width: 390, height: 844);
            await SignInAsync(phone, DemoUsers.AdminEmail);
            await GotoInteractiveAsync(phone, "/settings/integrations/teamviewer");
            await Expect(phone.Locator("[data-testid='tv-writeback-failure']", new() { HasText = code })).ToBeVisibleAsync();
            var widths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            widths.ShouldBe([390, 390], "the settings page must not scroll sideways on a phone");
        }
        finally
        {
            await AppScope.WithAsync<TeamViewerSetupService, OperationResult>(App.Factory.Services, s => s.ConnectAsync(admin, "e2e-simulator-token"));
        }
    }

    /// <summary>The technician presses Play; the customer joins and leaves on the simulator's customer page. Returns the code.</summary>
    private async Task<string> PlayAndLetTheCustomerJoinAndLeaveAsync(int ticketNumber)
    {
        await SignInAsync(DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync($"/tickets/{ticketNumber}");
        await ByTestId("tv-play").ClickAsync();
        await Expect(ByTestId("tv-customer-link")).ToBeVisibleAsync();
        var customer = await NewPageAsync();
        await customer.GotoAsync((await ByTestId("tv-customer-link").GetAttributeAsync("href"))!);
        await ByTestId(customer, "sim-join").ClickAsync();
        await Expect(ByTestId(customer, "sim-status")).ToHaveAttributeAsync("data-online", "true");
        await ByTestId(customer, "sim-leave").ClickAsync();
        await Expect(ByTestId(customer, "sim-status")).ToHaveAttributeAsync("data-online", "false");
        return (await ByTestId("tv-session-code").TextContentAsync())!.Trim();
    }

    private async Task<ReportWriteBackState?> WriteBackStateAsync(string code)
    {
        await using var db = await AppScope.Factory(App.Factory.Services).CreateDbContextAsync();
        return await db.ReportWriteBacks
            .Where(w => db.ServiceCases.Any(c => c.Id == w.ServiceCaseId && c.SessionCode == code))
            .Select(w => (ReportWriteBackState?)w.State).SingleOrDefaultAsync();
    }
}
