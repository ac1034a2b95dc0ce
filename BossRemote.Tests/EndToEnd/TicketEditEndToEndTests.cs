using System.Text.RegularExpressions;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Tickets;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>
/// Issue 9.1: the ticket edit form that shows is the one that goes live — it is not read again and rebuilt under the
/// person's hands (the live page starts from what the prerender loaded), so what they type from the first moment stays.
/// </summary>
public class TicketEditEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    // Types into the subject in the very instant the page goes live (the first thing a quick person, or a paste, does
    // once the fields stop looking disabled), then says whether there was a field to type into.
    private const string TypeTheMomentItGoesLive = """
        window.__typed = 'pending';
        new MutationObserver((_, observer) => {
            if (!document.querySelector("[data-testid='interactive']")) return;
            observer.disconnect();
            const field = document.querySelector("input[data-testid='ticket-subject'], [data-testid='ticket-subject'] input");
            if (!field) { window.__typed = 'no field'; return; }
            field.value = 'Typed the moment it went live';
            field.dispatchEvent(new Event('input', { bubbles: true }));
            field.dispatchEvent(new Event('change', { bubbles: true }));
            window.__typed = 'typed';
        }).observe(document, { childList: true, subtree: true });
        """;

    [Fact]
    public async Task EditPage_TypedTheMomentItGoesLive_KeepsTheTextAndSavesIt()
    {
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        await Page.AddInitScriptAsync(TypeTheMomentItGoesLive);

        await GotoInteractiveAsync($"/tickets/{ticket.Number}/edit");

        (await Page.EvaluateAsync<string>("window.__typed")).ShouldBe("typed", "the form was there when the page went live");
        await Page.WaitForTimeoutAsync(1500); // long enough for a form rebuilt after going live to show the old text
        await Expect(ByTestId("ticket-subject")).ToHaveValueAsync("Typed the moment it went live");
        await ByTestId("ticket-save").ClickAsync();
        await LeftForTheTicketAsync(ticket.Number);
        var saved = await AppScope.EventuallyAsync(
            async () =>
            {
                await using var db = await AppScope.Factory(App.Factory.Services).CreateDbContextAsync();
                return await db.Tickets.AsNoTracking().Where(t => t.Id == ticket.Id).Select(t => t.Subject).SingleAsync();
            },
            subject => subject != ticket.Subject);
        saved.ShouldBe("Typed the moment it went live");
    }

    [Fact]
    public async Task EditPage_TicketChangedWhileGoingLive_FormIsNotRebuiltAndSaveSaysSomeoneElseChangedIt()
    {
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        // A slow start of the live connection: the prerendered form shows for three seconds first.
        await Page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            await route.ContinueAsync();
        });
        await Page.GotoAsync($"/tickets/{ticket.Number}/edit", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(ByTestId("ticket-subject")).ToHaveValueAsync(ticket.Subject);

        await ChangeSubjectAsAnotherAgentAsync(ticket, "Changed by another agent");
        await WaitForInteractiveAsync(Page);
        await ByTestId("ticket-description-input").FillAsync("Typed as soon as it went live");

        await Page.WaitForTimeoutAsync(1000);
        await Expect(ByTestId("ticket-subject")).ToHaveValueAsync(ticket.Subject); // the form the person saw, not a new one
        await Expect(ByTestId("ticket-description-input")).ToHaveValueAsync("Typed as soon as it went live");
        await ByTestId("ticket-save").ClickAsync();
        await Expect(ByTestId("ticket-form-error")).ToContainTextAsync("Someone else changed this ticket while you were editing.");
    }

    private async Task ChangeSubjectAsAnotherAgentAsync(Ticket ticket, string subject)
    {
        var admin = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
        var input = new TicketInput
        {
            Subject = subject, Description = ticket.Description, RequesterName = ticket.RequesterName,
            RequesterEmail = ticket.RequesterEmail, CategoryId = ticket.CategoryId, Type = ticket.Type, Priority = ticket.Priority,
            Source = ticket.Source, AssignedTechnicianId = ticket.AssignedTechnicianId,
        };
        var changed = await AppScope.WithAsync<TicketEditor, OperationResult>(App.Factory.Services, e => e.UpdateAsync(admin, ticket.Number, input, ticket.Version));
        changed.Succeeded.ShouldBeTrue(changed.Error);
    }

    /// <summary>Save leaves for the ticket (client-side); when it does not, the failure says what the form said.</summary>
    private async Task LeftForTheTicketAsync(int number)
    {
        try
        {
            await Expect(Page).ToHaveURLAsync(new Regex($"/tickets/{number}$"));
        }
        catch (PlaywrightException ex)
        {
            var error = await ByTestId("ticket-form-error").AllTextContentsAsync();
            var subject = await ByTestId("ticket-subject").EvaluateAllAsync<string[]>("els => els.map(e => (e.value ?? e.querySelector('input')?.value) ?? '')");
            throw new ShouldAssertException($"Save did not leave the form. Form error: [{string.Join("; ", error)}], subject field: [{string.Join("; ", subject)}]", ex);
        }
    }
}
