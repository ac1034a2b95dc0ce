using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>
/// The app under its Content-Security-Policy (ADR-016) in a real browser: Blazor's circuit, MudBlazor, the inline
/// time-zone script, the simulator's pages, the e-mail preview frames and Hangfire's dashboard all work, and the
/// browser reports nothing blocked.
/// </summary>
public partial class ContentSecurityPolicyEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task WorkATicket_TechnicianPlaysAndCustomerJoins_NothingIsBlocked()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        var violations = await PolicyViolations.WatchAsync(Page.Context);

        await SignInAsync(DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync("/tickets");
        await Expect(ByTestId("ticket-link").First).ToBeVisibleAsync();
        await GotoInteractiveAsync($"/tickets/{ticket.Number}");
        await ByTestId("tv-play").ClickAsync();
        await Expect(ByTestId("tv-session-code")).ToHaveTextAsync(SessionCode());
        var customerLink = await ByTestId("tv-customer-link").GetAttributeAsync("href");
        await Page.GotoAsync(customerLink!);
        await ByTestId("sim-join").ClickAsync();
        await Expect(ByTestId("sim-status")).ToHaveAttributeAsync("data-online", "true");

        (await Page.Context.CookiesAsync()).ShouldContain(c => c.Name == BossRemote.Web.TimeZones.ViewerTimeZone.CookieName && c.Value == Uri.EscapeDataString(ViewerTimeZone));
        violations.Seen.ShouldBeEmpty();
    }

    [Fact]
    public async Task Administer_OutboxPreviewAndJobsDashboard_NothingIsBlocked()
    {
        var violations = await PolicyViolations.WatchAsync(Page.Context);

        await SignInAsync(DemoUsers.AdminEmail);
        await GotoInteractiveAsync("/settings/email/integrations");
        await Expect(ByTestId("tpl-preview")).ToBeVisibleAsync();
        await GotoInteractiveAsync("/settings/branding");
        await GotoInteractiveAsync("/settings/email/outbox");
        var messages = ByTestId("outbox-item");
        if (await messages.CountAsync() > 0)
        {
            await messages.First.ClickAsync();
            await Expect(ByTestId("outbox-body")).ToBeVisibleAsync();
        }

        // The dashboard's script draws its graphs and polls its statistics: both only work when the script ran.
        var polled = Page.WaitForResponseAsync(response => response.Url.EndsWith("/jobs/stats", StringComparison.Ordinal));
        await Page.GotoAsync("/jobs");
        await Expect(Page.Locator("canvas").First).ToBeVisibleAsync();
        (await polled).Ok.ShouldBeTrue();
        await Page.GotoAsync("/jobs/recurring");
        await Expect(Page.GetByText("Recurring jobs").First).ToBeVisibleAsync();

        violations.Seen.ShouldBeEmpty();
    }

    [GeneratedRegex(@"^s\d{2,3}-\d{3}-\d{3}$")]
    private static partial Regex SessionCode();
}
