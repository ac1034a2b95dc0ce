using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>
/// A page that fails keeps the person in the app (HOUSE-STYLE, SPEC §7): the database refuses a note — a fault set up
/// from outside, the product unchanged — the page says so with a way back, and the same circuit carries on.
/// </summary>
public class PageErrorEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task AddNote_DatabaseRefusesTheWrite_ShowsAWayBackAndTheSameCircuitCarriesOn()
    {
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync($"/tickets/{ticket.Number}");
        await Page.EvaluateAsync("() => window.bossRemoteSameDocument = true");

        await AddNoteWhileTheDatabaseRefusesAsync("Checked the cables.");
        await ByTestId("page-error-reload").ClickAsync();
        await Expect(ByTestId("ticket-title")).ToContainTextAsync($"#{ticket.Number}");
        await AddNoteWhileTheDatabaseRefusesAsync("Checked the cables again.");
        await ByTestId("page-error-back").ClickAsync();
        await Expect(ByTestId("ticket-link").First).ToBeVisibleAsync();
        await Page.GoBackAsync();
        await ByTestId("note-text").FillAsync("Replaced the cable.");
        await ByTestId("note-add").ClickAsync();

        await Expect(ByTestId("ticket-notes")).ToContainTextAsync("Replaced the cable.");
        await Expect(Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        (await Page.EvaluateAsync<bool>("() => window.bossRemoteSameDocument === true")).ShouldBeTrue("the page was reloaded: the circuit did not survive");
    }

    private async Task AddNoteWhileTheDatabaseRefusesAsync(string text)
    {
        var database = Path.Combine(App.Factory.DataDirectory, DatabaseProviderExtensions.DefaultSqliteFileName);
        await ByTestId("note-text").FillAsync(text);
        await using var fault = await DatabaseFault.RefuseAsync(database, "TicketNotes", "INSERT");
        await ByTestId("note-add").ClickAsync();
        await Expect(ByTestId("page-error")).ToBeVisibleAsync();
        await Expect(Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }
}
