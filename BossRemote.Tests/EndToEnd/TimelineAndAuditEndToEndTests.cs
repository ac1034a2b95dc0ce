using System.Text.RegularExpressions;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Tickets;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

public class TimelineAndAuditEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task LongTimeline_ShowsTheLatestTwentyThenOlderOnRequest_AndANewNoteArrivesLiveOnTopAsOneInsertion()
    {
        var ticket = await FreshTicketAsync();
        var older = 5;
        for (var i = 1; i <= TicketReader.NotesPerPage + older; i++)
        {
            await AppScope.WithAsync<TicketTimeline, bool>(App.Factory.Services, async t =>
            {
                await t.AddSystemNoteAsync(ticket.Id, $"Story note {i:00}");
                return true;
            });
        }

        await SignInAsync(DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync($"/tickets/{ticket.Number}");

        var notes = ByTestId("ticket-notes").Locator("[data-testid='ticket-note']");
        await Expect(notes).ToHaveCountAsync(TicketReader.NotesPerPage);
        await Expect(notes.First).ToContainTextAsync($"Story note {TicketReader.NotesPerPage + older:00}");
        var more = ByTestId("ticket-notes-more");
        await Expect(more).ToHaveTextAsync($"Show {older} older notes ({older} not shown)");

        await more.ClickAsync();

        await Expect(notes).ToHaveCountAsync(TicketReader.NotesPerPage + older);
        await Expect(notes.Last).ToContainTextAsync("Story note 01");
        await Expect(more).ToHaveCountAsync(0);

        // Someone else adds a note: it arrives on top, and the older notes stay shown, untouched: the page inserts the
        // one new note instead of replacing every note below it (issue 11: fifty open pages, fifty times the work).
        await Page.EvaluateAsync("""
            () => {
              window.__notesRemoved = 0;
              new MutationObserver(changes => changes.forEach(c => window.__notesRemoved += c.removedNodes.length))
                .observe(document.querySelector("[data-testid='ticket-notes']"), { childList: true, subtree: true });
            }
            """);
        var admin = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
        await AppScope.WithAsync<TicketTimeline, OperationResult>(App.Factory.Services,
            t => t.AddNoteAsync(admin, ticket.Number, "Added from another desk."));
        await Expect(notes.First).ToContainTextAsync("Added from another desk.");
        await Expect(notes).ToHaveCountAsync(TicketReader.NotesPerPage + older + 1);
        (await Page.EvaluateAsync<int>("() => window.__notesRemoved")).ShouldBe(0);
    }

    [Fact]
    public async Task Technician_ReassignsAndReprioritises_TimelineSaysSoAndAdminFindsItInTheAuditTrailByAction()
    {
        var ticket = await FreshTicketAsync();
        var (wasAssignee, assignee) = await AssigneesAsync(ticket);
        var priority = ticket.Priority == TicketPriority.Urgent ? TicketPriority.High : TicketPriority.Urgent;
        await SignInAsync(DemoUsers.TechnicianEmail);

        await GotoInteractiveAsync($"/tickets/{ticket.Number}/edit");
        await ByTestId("ticket-technician-input").Locator("xpath=..").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = assignee }).ClickAsync();
        // Each choice's list has closed before the next one opens (a busy machine is slow to close it).
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        var priorityField = Page.GetByRole(AriaRole.Combobox, new() { Name = "Priority" });
        await priorityField.Locator("xpath=..").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasTextRegex = new($"^\\s*{priority.Text()}\\s*$") }).ClickAsync();
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await ByTestId("ticket-save").ClickAsync();

        var note = ByTestId("ticket-notes").Locator("[data-testid='ticket-note']").First;
        await Expect(note).ToHaveAttributeAsync("data-kind", nameof(TicketNoteKind.System));
        await Expect(note).ToContainTextAsync("Changed by Taylor Reed:");
        await Expect(note).ToContainTextAsync($"Assigned to {assignee} (was {wasAssignee})");
        await Expect(note).ToContainTextAsync($"Priority: {priority.Text()} (was {ticket.Priority.Text()})");

        var admin = await NewPageAsync();
        await SignInAsync(admin, DemoUsers.AdminEmail);
        await GotoInteractiveAsync(admin, "/settings/audit");
        await ByTestId(admin, "audit-action").Locator("xpath=..").ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Ticket details changed" }).ClickAsync();

        // The address follows by client-side navigation (no load event): poll it.
        await Expect(admin).ToHaveURLAsync(new Regex("action=ticket\\.changed"));
        var row = admin.Locator("[data-testid='audit-grid'] tbody tr", new() { HasText = $"#{ticket.Number}" });
        await Expect(row).ToContainTextAsync("Ticket details changed");
        await Expect(row).ToContainTextAsync("Taylor Reed");
        await Expect(row).ToContainTextAsync($"Assigned to {assignee} (was {wasAssignee})");
        var actions = await admin.Locator("[data-testid='audit-action-text']").AllTextContentsAsync();
        actions.ShouldAllBe(text => text == AuditActions.Text(AuditActions.TicketChanged));

        // The address is the filter: a phone opening the link sees the same rows, the table scrolling in its card.
        var phone = await NewPageAsync(390, 844);
        await SignInAsync(phone, DemoUsers.AdminEmail);
        await GotoInteractiveAsync(phone, new Uri(admin.Url).PathAndQuery);
        var phoneRow = phone.Locator("[data-testid='audit-grid'] tbody tr", new() { HasText = $"#{ticket.Number}" });
        await Expect(phoneRow.Locator("[data-testid='audit-action-text']")).ToHaveTextAsync("Ticket details changed");
        await Expect(phoneRow.Locator("[data-testid='audit-action-text']")).ToBeVisibleAsync();
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
    }

    /// <summary>Who the ticket is assigned to now (as a person reads it) and a demo technician it is not assigned to.</summary>
    private async Task<(string Was, string Now)> AssigneesAsync(Ticket ticket)
    {
        await using var db = App.Factory.CreateDbContext();
        var was = ticket.AssignedTechnicianId is { } id
            ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync()
            : "unassigned";
        return (was, was == "Maria Garcia" ? "James Chen" : "Maria Garcia");
    }
}
