using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Core.Notifications;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>
/// Customer satisfaction (ADR-023) as people meet it: the admin asks for ratings, the technician plays and stops, the
/// requester opens the e-mail's link in a browser with no sign-in and rates, and the rating reaches the ticket and the report.
/// </summary>
public partial class SatisfactionRatingEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task RatingFromTheEmailsLink_ShowsOnTheTimelineEncodedAndInTheSessionSummary()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        var admin = await NewPageAsync();
        await SignInAsync(admin, DemoUsers.AdminEmail);
        try
        {
            await GotoInteractiveAsync(admin, "/settings/email/rating");
            await admin.Locator("[data-testid='rating-ask'] input, input[data-testid='rating-ask']").CheckAsync();
            await Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("will be asked for a rating");

            await SignInAsync(DemoUsers.TechnicianEmail);
            await GotoInteractiveAsync($"/tickets/{ticket.Number}");
            await ByTestId("tv-play").ClickAsync();
            await Expect(ByTestId("tv-stop")).ToBeVisibleAsync();
            await Browsers.StopSessionAsync(Page);
            await Expect(ByTestId("tv-play")).ToBeVisibleAsync();

            // The outbox has the rating mail with its link.
            var item = await OutboxMessagesAsync(admin, $"how did we do on ticket #{ticket.Number}?");
            await item.ClickAsync();
            await Expect(ByTestId(admin, "outbox-to")).ToContainTextAsync(ticket.RequesterEmail);
            var body = (await ByTestId(admin, "outbox-body").GetAttributeAsync("srcdoc")).ShouldNotBeNull();
            var link = WebUtility.HtmlDecode(RatingLink().Match(body).Groups[1].Value);
            link.ShouldStartWith($"{App.BaseUrl}/rate/");

            // The requester: a fresh browser, no sign-in, a phone.
            var requester = await NewPageAsync(width: 390, height: 844);
            await requester.GotoAsync(link);
            await Expect(ByTestId(requester, "rate-ticket")).ToContainTextAsync($"#{ticket.Number}");
            await Expect(ByTestId(requester, "rate-technician")).ToHaveTextAsync("Taylor Reed");
            await requester.ScreenshotAsync(new() { Path = Screenshot("rate-390.png"), FullPage = true });
            var widths = await requester.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            widths.ShouldBe([390, 390], "the rating page must not scroll sideways on a phone");
            await requester.Locator("label[for='rating-4']").ClickAsync();
            await ByTestId(requester, "rate-comment").FillAsync("<b>hi</b>");
            await ByTestId(requester, "rate-submit").ClickAsync();
            await Expect(ByTestId(requester, "rate-message")).ToHaveTextAsync("Thank you! Your rating has been recorded.");

            var again = await NewPageAsync(width: 1366, height: 900);
            await again.GotoAsync(link);
            await Expect(ByTestId(again, "rate-message")).ToContainTextAsync("rated already");
            await again.ScreenshotAsync(new() { Path = Screenshot("rate-answered-1366.png"), FullPage = true });

            // The ticket's timeline shows it, encoded (the open page updates by itself).
            var note = Page.Locator("[data-testid='ticket-note']", new() { HasText = "Rated 4/5" });
            await Expect(note).ToContainTextAsync("Rated 4/5 by " + ticket.RequesterName + ": <b>hi</b>");
            await Expect(note.Locator("b", new() { HasText = "hi" })).ToHaveCountAsync(0);

            // The Session Summary: average 4 and response rate 100 % for the technician.
            await GotoInteractiveAsync(admin, "/reports/integrations/teamviewer?preset=Today");
            var row = admin.Locator("[data-testid='report-technician-row']", new() { HasText = "Taylor Reed" });
            await Expect(row.Locator("[data-testid='report-rating']")).ToHaveTextAsync("4.0");
            await Expect(row.Locator("[data-testid='report-response-rate']")).ToHaveTextAsync("100 %");
            await admin.ScreenshotAsync(new() { Path = Screenshot("rate-report-1366.png"), FullPage = true });

            // The admin's settings page on a phone.
            var phone = await NewPageAsync(width: 390, height: 844);
            await SignInAsync(phone, DemoUsers.AdminEmail);
            await GotoInteractiveAsync(phone, "/settings/email/rating");
            await Expect(ByTestId(phone, "tpl-preview-subject")).ToContainTextAsync("how did we do on ticket #1042?");
            await phone.ScreenshotAsync(new() { Path = Screenshot("rate-settings-390.png"), FullPage = true });
            var settingsWidths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            settingsWidths.ShouldBe([390, 390], "the settings page must not scroll sideways on a phone");
        }
        finally
        {
            var adminUser = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
            await AppScope.WithAsync<NotificationPreferencesService, bool>(App.Factory.Services, async s =>
            {
                await s.SaveAskForRatingAsync(adminUser, false);
                return false;
            });
        }
    }

    private static string Screenshot(string name) => Path.Combine(Path.GetTempPath(), "bossremote-screenshots", name);

    [GeneratedRegex("href=\"([^\"]+/rate/[^\"]+)\"")]
    private static partial Regex RatingLink();
}
