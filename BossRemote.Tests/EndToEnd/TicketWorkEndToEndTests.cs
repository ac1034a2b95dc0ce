using BossRemote.Core.Demo;
using BossRemote.Core.Tickets;
using BossRemote.Tests.EndToEnd.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

public class TicketWorkEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task Technician_OpensTicketAddsNoteChangesStatusAndClosesIt()
    {
        var number = await OpenTicketNumberAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);

        await GotoInteractiveAsync("/tickets");
        await ByTestId("ticket-search").FillAsync(number.ToString());
        await Page.GetByRole(AriaRole.Link, new() { Name = $"#{number}", Exact = true }).ClickAsync();
        await Expect(ByTestId("ticket-title")).ToContainTextAsync($"#{number}");
        await WaitForInteractiveAsync(Page);

        await ByTestId("note-text").FillAsync("Called the requester; rebooting the dock.");
        await ByTestId("note-add").ClickAsync();
        await Expect(ByTestId("ticket-notes")).ToContainTextAsync("Called the requester; rebooting the dock.");
        // A second note at once, pasted (one input event): the box cleared for the first must take it and Add work.
        await ByTestId("note-text").FillAsync("The dock is back; the screens work.");
        await ByTestId("note-add").ClickAsync();
        await Expect(ByTestId("ticket-notes")).ToContainTextAsync("The dock is back; the screens work.");

        await ByTestId("ticket-status-menu").ClickAsync();
        await Page.Locator("[data-testid='ticket-status-InProgress']").ClickAsync();
        await Expect(ByTestId("ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.InProgress));
        await Expect(ByTestId("ticket-notes")).ToContainTextAsync("Status changed from Open to In Progress by Taylor Reed.");

        await ByTestId("ticket-close").ClickAsync();
        await Expect(ByTestId("ticket-status")).ToHaveAttributeAsync("data-status", nameof(TicketStatus.Closed));

        var stored = await LoadTicketAsync(number);
        stored.Status.ShouldBe(TicketStatus.Closed);
        stored.ClosedAt.ShouldNotBeNull();
        stored.Notes.ShouldContain(n => n.Kind == TicketNoteKind.Technician && n.Body == "Called the requester; rebooting the dock.");
        stored.Notes.ShouldContain(n => n.Kind == TicketNoteKind.Technician && n.Body == "The dock is back; the screens work.");
    }

    [Fact]
    public async Task Supervisor_OpensAdminSettings_IsRefusedAndSeesNoSettingsLink()
    {
        await SignInAsync(DemoUsers.SupervisorEmail);

        var response = await Page.GotoAsync("/settings");

        response.ShouldNotBeNull();
        Page.Url.ShouldContain("/Account/AccessDenied");
        await Expect(ByTestId("forbidden")).ToBeVisibleAsync();
        await GotoInteractiveAsync("/tickets");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Settings" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Reports" })).ToHaveCountAsync(1);
    }

    private async Task<int> OpenTicketNumberAsync()
    {
        await using var db = App.Factory.CreateDbContext();
        return await db.Tickets.Where(t => t.Status == TicketStatus.Open)
            .OrderBy(t => t.Number).Select(t => t.Number).FirstAsync();
    }

    private async Task<Ticket> LoadTicketAsync(int number)
    {
        await using var db = App.Factory.CreateDbContext();
        return await db.Tickets.AsNoTracking().Include(t => t.Notes).SingleAsync(t => t.Number == number);
    }
}
