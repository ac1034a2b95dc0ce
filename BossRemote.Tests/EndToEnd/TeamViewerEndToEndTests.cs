using System.Globalization;
using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Core.Tickets;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

public partial class TeamViewerEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task Play_TechnicianAndAdminOnOneTicket_BothFollowTheCaseLiveUntilStop()
    {
        var admin = await OpenOnTwoDesksAsync();

        await ByTestId("tv-play").ClickAsync();

        await Expect(ByTestId("tv-session-code")).ToHaveTextAsync(SessionCode());
        var code = (await ByTestId("tv-session-code").TextContentAsync())!.Trim();
        var stored = await CaseAsync(code);
        await Expect(ByTestId("tv-supporter-link")).ToHaveAttributeAsync("href", stored.SupporterLink!);
        await Expect(ByTestId("tv-customer-link")).ToHaveAttributeAsync("href", stored.CustomerLink!);
        await Expect(ByTestId("tv-valid-until")).ToHaveTextAsync(InViewerZone(stored.ValidUntil!.Value));
        await Expect(ByTestId(admin, "tv-session-code")).ToHaveTextAsync(code); // no reload
        await Expect(ByTestId("tv-online")).ToHaveAttributeAsync("data-online", "false");

        var customer = await NewPageAsync();
        await customer.GotoAsync(stored.CustomerLink!);
        await Expect(ByTestId(customer, "sim-session-code")).ToHaveTextAsync(code);
        await ByTestId(customer, "sim-join").ClickAsync();
        await Expect(ByTestId(customer, "sim-status")).ToHaveAttributeAsync("data-online", "true");

        await Expect(ByTestId("tv-online")).ToHaveAttributeAsync("data-online", "true");
        await Expect(ByTestId(admin, "tv-online")).ToHaveAttributeAsync("data-online", "true");
        await Expect(ByTestId("notification-count")).ToBeVisibleAsync(); // the owner's bell (issue 9 item 8)

        await ByTestId("ticket-close").ClickAsync();
        await Expect(ByTestId("ticket-error")).ToHaveTextAsync($"Close TeamViewer service case {code} before closing this ticket.");
        await Expect(ByTestId("ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Open));

        // Stop opens the wrap-up (issue 12): what was done goes into the Stop note, and the ticket is resolved with it.
        await ByTestId("tv-stop").ClickAsync();
        await ByTestId("tv-wrapup-text").FillAsync("Reset the network adapter.\n<b>Not</b> the driver.");
        await Page.Locator("[data-testid='tv-wrapup-resolve'] input, input[data-testid='tv-wrapup-resolve']").CheckAsync();
        await ByTestId("tv-wrapup-stop").ClickAsync();
        await Expect(ByTestId("tv-play")).ToBeVisibleAsync();
        await Expect(ByTestId("ticket-notes")).ToContainTextAsync($"TeamViewer service case {code} closed by Taylor Reed.");
        await Expect(ByTestId("ticket-notes")).ToContainTextAsync("Duration");
        await Expect(ByTestId("ticket-note-wrapup").First).ToHaveTextAsync("Reset the network adapter.\n<b>Not</b> the driver."); // as text
        await Expect(ByTestId("ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Resolved));
        await Expect(ByTestId(admin, "tv-play")).ToBeVisibleAsync();
        await Expect(ByTestId(admin, "ticket-notes")).ToContainTextAsync($"TeamViewer service case {code} closed by Taylor Reed.");
        await Expect(ByTestId(admin, "ticket-note-wrapup").First).ToContainTextAsync("Reset the network adapter.");
        await Expect(ByTestId(admin, "ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Resolved));

        await ByTestId("ticket-close").ClickAsync();
        await Expect(ByTestId("ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Closed));
    }

    [Fact]
    public async Task Play_SeenOnAnotherOpenPage_TheCaseAndItsStartedNoteArriveInOneUpdate()
    {
        var watching = await OpenOnTwoDesksAsync();
        // Each render batch from the server is applied in a task of its own, and a MutationObserver hears each task's
        // changes in one call: the call in which the session code appears must also bring the "started" note (issue 11:
        // one message and one frame per watching page, not one for the page and another for the widget).
        await watching.EvaluateAsync("""
            () => {
              window.__caseUpdate = null;
              const notes = document.querySelector("[data-testid='ticket-notes']");
              const observer = new MutationObserver(changes => {
                if (document.querySelector("[data-testid='tv-session-code']") === null) return;
                window.__caseUpdate = { withNote: changes.some(c => notes.contains(c.target)) };
                observer.disconnect();
              });
              observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
            }
            """);

        await ByTestId("tv-play").ClickAsync();

        await Expect(ByTestId(watching, "tv-session-code")).ToHaveTextAsync(SessionCode());
        await Expect(ByTestId(watching, "ticket-notes")).ToContainTextAsync("started by Taylor Reed");
        (await watching.EvaluateAsync<bool>("() => window.__caseUpdate.withNote"))
            .ShouldBeTrue("the note came in a render of its own, apart from the case");
    }

    [Fact]
    public async Task Stop_OnAPhone_WrapUpFitsAndStopSessionAloneIsThePlainStop()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        var phone = await NewPageAsync(390, 844);
        await SignInAsync(phone, DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync(phone, $"/tickets/{ticket.Number}");
        await ByTestId(phone, "tv-play").ClickAsync();
        await Expect(ByTestId(phone, "tv-session-code")).ToHaveTextAsync(SessionCode());
        var code = (await ByTestId(phone, "tv-session-code").TextContentAsync())!.Trim();

        await ByTestId(phone, "tv-stop").ClickAsync();
        await Expect(ByTestId(phone, "tv-wrapup-text")).ToBeFocusedAsync();
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        await ByTestId(phone, "tv-wrapup-back").ClickAsync();
        await Expect(ByTestId(phone, "tv-session-code")).ToHaveTextAsync(code); // Back stopped nothing
        await ByTestId(phone, "tv-stop").ClickAsync();
        await ByTestId(phone, "tv-wrapup-stop").ClickAsync();

        await Expect(ByTestId(phone, "tv-play")).ToBeVisibleAsync();
        await Expect(ByTestId(phone, "ticket-notes")).ToContainTextAsync($"TeamViewer service case {code} closed by Taylor Reed.");
        await Expect(ByTestId(phone, "ticket-note-wrapup")).ToHaveCountAsync(0);
        await Expect(ByTestId(phone, "ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Open));
    }

    [Fact]
    public async Task Stop_AfterAdminRevokedAccess_ExplainsAndClosesInBossRemoteOnly()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync($"/tickets/{ticket.Number}");
        await ByTestId("tv-play").ClickAsync();
        await Expect(ByTestId("tv-session-code")).ToHaveTextAsync(SessionCode());
        var code = (await ByTestId("tv-session-code").TextContentAsync())!.Trim();

        try
        {
            var admin = await NewPageAsync();
            await SignInAsync(admin, DemoUsers.AdminEmail);
            await GotoInteractiveAsync(admin, "/settings/integrations/teamviewer");
            await ByTestId(admin, "tv-revoke").ClickAsync();
            await Expect(ByTestId(admin, "tv-active-cases")).ToContainTextAsync(code);
            await admin.Locator("input[data-testid='tv-revoke-close-cases'], [data-testid='tv-revoke-close-cases'] input").UncheckAsync();
            await ByTestId(admin, "tv-revoke-confirm").ClickAsync();
            await Expect(ByTestId(admin, "tv-connection-state")).ToHaveTextAsync("Not connected");

            await Browsers.StopSessionAsync(Page);
            await Expect(ByTestId("tv-error")).ToContainTextAsync("TeamViewer access was revoked");
            await ByTestId("tv-close-locally").ClickAsync();

            await Expect(ByTestId("ticket-notes")).ToContainTextAsync($"TeamViewer service case {code} closed in BossRemote only by Taylor Reed");
            await Expect(ByTestId("tv-session-code")).ToHaveCountAsync(0);
            (await CaseAsync(code)).State.ShouldBe(ServiceCaseState.Closed);
        }
        finally
        {
            await EnsureTeamViewerConnectedAsync(); // the other end-to-end tests need TeamViewer
        }
    }

    [Fact]
    public async Task AdminRevokesAndReconnects_AnOpenTicketFollowsWithoutAReload()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync($"/tickets/{ticket.Number}");
        await Expect(ByTestId("tv-play")).ToBeVisibleAsync();

        try
        {
            var admin = await NewPageAsync();
            await SignInAsync(admin, DemoUsers.AdminEmail);
            await GotoInteractiveAsync(admin, "/settings/integrations/teamviewer");
            await ByTestId(admin, "tv-revoke").ClickAsync();
            await ByTestId(admin, "tv-revoke-confirm").ClickAsync();
            await Expect(ByTestId(admin, "tv-connection-state")).ToHaveTextAsync("Not connected");

            await Expect(ByTestId("tv-not-configured")).ToBeVisibleAsync();
            await Expect(ByTestId("tv-play")).ToHaveCountAsync(0);

            await admin.Locator("input[data-testid='tv-token-input'], [data-testid='tv-token-input'] input").FillAsync("e2e-reconnected-token");
            await ByTestId(admin, "tv-connect").ClickAsync();
            await Expect(ByTestId(admin, "tv-connection-state")).ToHaveTextAsync("Connected");

            await Expect(ByTestId("tv-play")).ToBeVisibleAsync();
        }
        finally
        {
            await EnsureTeamViewerConnectedAsync(); // the other end-to-end tests need TeamViewer
        }
    }

    [Fact]
    public async Task UnconfirmedCreate_TurnsIntoTryAgainAndCancelWithoutAReload_AndBothSettleIt()
    {
        await EnsureTeamViewerConnectedAsync();
        var cancelled = await FreshTicketAsync();
        var retried = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        // The five-minute sweep would settle the stale case before the technician does; it is paused meanwhile.
        var recurringJobs = App.Factory.Services.GetRequiredService<IRecurringJobManager>();
        recurringJobs.RemoveIfExists(ServiceCaseSweepJob.RecurringJobId);
        try
        {
            // As a Play leaves it when TeamViewer never answered: the case is pending, its create 12 s from surely timed out.
            var requestTimeout = App.Factory.Services.GetRequiredService<IOptionsMonitor<TeamViewerOptions>>().CurrentValue.RequestTimeout;
            var almostStale = DateTime.UtcNow - requestTimeout - ServiceCase.StaleMargin + TimeSpan.FromSeconds(12);
            await AddUnansweredCreateAsync(cancelled, almostStale);
            await AddUnansweredCreateAsync(retried, almostStale.AddMinutes(-1));

            await GotoInteractiveAsync($"/tickets/{cancelled.Number}");
            await Expect(ByTestId("tv-creating")).ToBeVisibleAsync();
            await Expect(ByTestId("tv-cancel")).ToHaveCountAsync(0);
            await Expect(ByTestId("tv-unconfirmed")).ToBeVisibleAsync(new() { Timeout = 25_000 });
            await ByTestId("tv-cancel").ClickAsync();
            await Expect(ByTestId("tv-play")).ToBeVisibleAsync();
            await ByTestId("ticket-close").ClickAsync();
            await Expect(ByTestId("ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Closed));

            await GotoInteractiveAsync($"/tickets/{retried.Number}");
            await ByTestId("tv-retry").ClickAsync();
            await Expect(ByTestId("tv-session-code")).ToHaveTextAsync(SessionCode());
            await using var db = await AppScope.Factory(App.Factory.Services).CreateDbContextAsync();
            (await db.ServiceCases.Where(c => c.TicketId == cancelled.Id || c.TicketId == retried.Id).Select(c => c.State).ToListAsync())
                .ShouldBe([ServiceCaseState.Active]);
        }
        finally
        {
            recurringJobs.AddOrUpdate<ServiceCaseSweepJob>(
                ServiceCaseSweepJob.RecurringJobId, job => job.ExecuteAsync(CancellationToken.None), ServiceCaseSweepJob.Cron);
        }
    }

    [Fact]
    public async Task ResolveWhileTheSessionIsOpen_AsksFirst_CancelKeepsTheStatus()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync($"/tickets/{ticket.Number}");
        await ByTestId("tv-play").ClickAsync();
        await Expect(ByTestId("tv-session-code")).ToHaveTextAsync(SessionCode());

        await ByTestId("ticket-status-menu").ClickAsync();
        await Page.Locator("[data-testid='ticket-status-Resolved']").ClickAsync();
        await Expect(Page.Locator(".mud-dialog")).ToContainTextAsync("does not end it");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(ByTestId("ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Open));

        await ByTestId("ticket-status-menu").ClickAsync();
        await Page.Locator("[data-testid='ticket-status-Resolved']").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Resolve anyway" }).ClickAsync();
        await Expect(ByTestId("ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Resolved));
        await Expect(ByTestId("tv-session-code")).ToHaveTextAsync(SessionCode()); // the session goes on
        await Browsers.StopSessionAsync(Page);
        await Expect(ByTestId("tv-play")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"^s\d{2,3}-\d{3}-\d{3}$")]
    private static partial Regex SessionCode();

    private static string InViewerZone(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(ViewerTimeZone)).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A fresh ticket, open on the technician's page (<see cref="EndToEndTestBase.Page"/>) and on a second page signed
    /// in as the admin, which is returned once it shows Play.
    /// </summary>
    private async Task<IPage> OpenOnTwoDesksAsync()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync($"/tickets/{ticket.Number}");
        var admin = await NewPageAsync();
        await SignInAsync(admin, DemoUsers.AdminEmail);
        await GotoInteractiveAsync(admin, $"/tickets/{ticket.Number}");
        await Expect(ByTestId(admin, "tv-play")).ToBeVisibleAsync();
        return admin;
    }

    private async Task AddUnansweredCreateAsync(Ticket ticket, DateTime createdAt)
    {
        await using var db = await AppScope.Factory(App.Factory.Services).CreateDbContextAsync();
        var technician = await db.Users.SingleAsync(u => u.Email == DemoUsers.TechnicianEmail);
        db.ServiceCases.Add(ServiceCase.Reserve(ticket.Id, ticket.Number, technician.Id, technician.DisplayName, createdAt));
        await db.SaveChangesAsync();
    }

    private async Task<ServiceCase> CaseAsync(string code)
    {
        await using var db = await AppScope.Factory(App.Factory.Services).CreateDbContextAsync();
        return await db.ServiceCases.AsNoTracking().SingleAsync(c => c.SessionCode == code);
    }
}
