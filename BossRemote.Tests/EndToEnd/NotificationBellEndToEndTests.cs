using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Core.Notifications;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>
/// Issue 9.8: the customer-online notice goes to the bell in the top bar — counted, listed with a link to its ticket,
/// still there after a reload — and no toast covers the page's buttons, at desktop and phone size.
/// </summary>
public partial class NotificationBellEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Theory]
    [InlineData(1366, 900)]
    [InlineData(390, 844)]
    public async Task CustomerComesOnline_BellCountsItListsItWithItsTicketAndKeepsItAfterReload(int width, int height)
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        await ReadAllOfTheTechniciansNoticesAsync();
        var tech = await NewPageAsync(width, height);
        await SignInAsync(tech, DemoUsers.TechnicianEmail);
        await GotoInteractiveAsync(tech, $"/tickets/{ticket.Number}");
        await Expect(ByTestId(tech, "notification-count")).ToHaveCountAsync(0);
        await ByTestId(tech, "tv-play").ClickAsync();
        await Expect(ByTestId(tech, "tv-session-code")).ToHaveTextAsync(SessionCode());
        var code = (await ByTestId(tech, "tv-session-code").TextContentAsync())!.Trim();

        await CustomerJoinsAsync((await ByTestId(tech, "tv-customer-link").GetAttributeAsync("href"))!);

        await Expect(ByTestId(tech, "notification-count")).ToHaveTextAsync("1");
        await Expect(ByTestId(tech, "notification-bell")).ToHaveAttributeAsync("aria-label", "Notifications: 1 unread");
        await Expect(tech.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await ExpectUncoveredAsync(tech, "tv-stop");

        await ByTestId(tech, "notification-bell").ClickAsync();
        var item = ByTestId(tech, "notification-item").First;
        await Expect(item).ToContainTextAsync($"is online in TeamViewer session {code} (#{ticket.Number} {ticket.Subject})");
        await Expect(item.Locator("time")).ToHaveAttributeAsync("datetime", new Regex("Z$|\\+00:00$"));
        await Expect(item).ToHaveAttributeAsync("href", $"tickets/{ticket.Number}");
        await Expect(ByTestId(tech, "notification-count")).ToHaveCountAsync(0);
        var list = (await ByTestId(tech, "notification-list").BoundingBoxAsync())!;
        (list.X + list.Width).ShouldBeLessThanOrEqualTo(width, "the list fits on the screen");

        await tech.ReloadAsync();
        await WaitForInteractiveAsync(tech);
        await Expect(ByTestId(tech, "notification-count")).ToHaveCountAsync(0);
        await ByTestId(tech, "notification-bell").ClickAsync();
        await Expect(ByTestId(tech, "notification-item").First).ToContainTextAsync($"session {code}");
        await Expect(ByTestId(tech, "notification-item").First).ToHaveAttributeAsync("data-read", "true");

        await tech.GotoAsync("/tickets");
        await WaitForInteractiveAsync(tech);
        await ByTestId(tech, "notification-bell").ClickAsync();
        await ByTestId(tech, "notification-item").First.ClickAsync();
        await tech.WaitForURLAsync(new Regex($"/tickets/{ticket.Number}$"));
        await Expect(ByTestId(tech, "tv-session-code")).ToHaveTextAsync(code);
        await Browsers.StopSessionAsync(tech);
        await Expect(ByTestId(tech, "tv-play")).ToBeVisibleAsync();
    }

    private Task<int> ReadAllOfTheTechniciansNoticesAsync() =>
        AppScope.WithAsync<NotificationService, int>(App.Factory.Services, async s =>
            await s.MarkAllReadAsync(await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.TechnicianEmail)));

    private async Task CustomerJoinsAsync(string customerLink)
    {
        var customer = await NewPageAsync();
        await customer.GotoAsync(customerLink);
        await ByTestId(customer, "sim-join").ClickAsync();
        await Expect(ByTestId(customer, "sim-status")).ToHaveAttributeAsync("data-online", "true");
    }

    /// <summary>The control, scrolled into view, is what a tap on its middle reaches: nothing lies over it.</summary>
    private static async Task ExpectUncoveredAsync(IPage page, string testId)
    {
        var control = ByTestId(page, testId);
        await control.ScrollIntoViewIfNeededAsync();
        var reached = await control.EvaluateAsync<bool>(
            "e => { const r = e.getBoundingClientRect(); const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); return e.contains(hit); }");
        reached.ShouldBeTrue($"{testId} is covered");
    }

    [GeneratedRegex(@"^s\d{2,3}-\d{3}-\d{3}$")]
    private static partial Regex SessionCode();
}
