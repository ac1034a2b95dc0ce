using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>
/// Issue 9.1 and 9.2: a control that looks enabled works from the first moment it shows, and a phone (390×844) gets a
/// page it can use — the menu closed, the remote session near the top, nothing wider than the screen.
/// </summary>
public partial class FirstMomentAndPhoneEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task Play_PressedBeforeTheLiveConnection_LooksDisabledThenStartsTheCase()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.TechnicianEmail);
        // A slow start of the live connection, as on a busy network: the prerendered page shows for three seconds.
        await Page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            await route.ContinueAsync();
        });

        await Page.GotoAsync($"/tickets/{ticket.Number}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(ByTestId("tv-play")).ToBeVisibleAsync();
        await Expect(Page.Locator(".br-connecting")).ToHaveCountAsync(1);
        await Expect(ByTestId("tv-play")).ToHaveCSSAsync("pointer-events", "none");
        await ByTestId("tv-play").ClickAsync(); // Playwright, like a person, can only press it once it takes clicks

        await Expect(ByTestId("tv-session-code")).ToHaveTextAsync(SessionCode());
        await Expect(Page.Locator(".br-connecting")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Phone_TicketPage_MenuClosedRemoteSessionFirstAndNothingWiderThanTheScreen()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        var phone = await NewPhonePageAsync();
        await SignInAsync(phone, DemoUsers.TechnicianEmail);

        await GotoInteractiveAsync(phone, $"/tickets/{ticket.Number}");

        await Expect(phone.Locator(".mud-drawer--open")).ToHaveCountAsync(0);
        (await WidthsAsync(phone)).ShouldBe((390, 390), "the page must not scroll sideways");
        var widget = (await ByTestId(phone, "tv-widget").BoundingBoxAsync())!;
        var story = (await ByTestId(phone, "ticket-description").BoundingBoxAsync())!;
        widget.Y.ShouldBeLessThan(story.Y, "the remote session comes before the description and notes");
        await ByTestId(phone, "tv-play").ClickAsync();
        await Expect(ByTestId(phone, "tv-session-code")).ToHaveTextAsync(SessionCode());

        await phone.GetByLabel("Menu").ClickAsync();
        await Expect(phone.Locator(".mud-drawer--open")).ToHaveCountAsync(1);
        await phone.GetByRole(AriaRole.Link, new() { Name = "My tickets" }).ClickAsync();
        await phone.WaitForURLAsync(new Regex("/tickets\\?"));
        await Expect(phone.Locator(".mud-drawer--open")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Phone_SignOut_IsAnIconThatStillSignsOut()
    {
        var phone = await NewPhonePageAsync();
        await SignInAsync(phone, DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync(phone, "/tickets");

        await Expect(ByTestId(phone, "sign-out")).ToBeHiddenAsync();
        await Expect(ByTestId(phone, "signed-in-user")).ToBeHiddenAsync();
        await ByTestId(phone, "sign-out-icon").ClickAsync();

        await phone.WaitForURLAsync(new Regex("/Account/Login", RegexOptions.IgnoreCase));
    }

    private Task<IPage> NewPhonePageAsync() => NewPageAsync(width: 390, height: 844);

    private static async Task<(int Scroll, int Viewport)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    [GeneratedRegex(@"^s\d{2,3}-\d{3}-\d{3}$")]
    private static partial Regex SessionCode();
}
