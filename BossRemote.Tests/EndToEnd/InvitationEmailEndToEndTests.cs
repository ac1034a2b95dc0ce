using System.Text.RegularExpressions;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Email.Templates;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

public class InvitationEmailEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task AdminEditsTemplate_TechnicianPlays_OutboxShowsTheNewWordingAndResendAddsAnIdenticalMessage()
    {
        await EnsureTeamViewerConnectedAsync();
        var ticket = await FreshTicketAsync();
        var subject = $"Your remote session for #{ticket.Number}";
        try
        {
            var admin = await NewPageAsync();
            await SignInAsync(admin, DemoUsers.AdminEmail);
            await GotoInteractiveAsync(admin, "/settings/email/integrations");
            await ByTestId(admin, "tpl-subject").FillAsync("Your remote session for {{ ticket.number }}");
            await ByTestId(admin, "tpl-body").FillAsync("<p>Hello {{ requester.name }}, please join here: <a href=\"{{ session.customer_link }}\">{{ session.customer_link }}</a></p><p>End-to-end wording.</p>");
            await Expect(ByTestId(admin, "tpl-preview-subject")).ToHaveTextAsync("Your remote session for #1042");
            // Subject and body are debounced separately: wait for the body too, or Save may keep the old one.
            await Expect(ByTestId(admin, "tpl-preview")).ToHaveAttributeAsync("srcdoc", new Regex("End-to-end wording\\."));
            await ByTestId(admin, "tpl-save").ClickAsync();
            await Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("The invitation template was saved.");

            await SignInAsync(DemoUsers.TechnicianEmail);
            await GotoInteractiveAsync($"/tickets/{ticket.Number}");
            await ByTestId("tv-play").ClickAsync();
            await Expect(ByTestId("tv-email-status")).ToHaveAttributeAsync("data-status", "Sent");
            // The chip changes on every open page of the ticket at once: at once, not in a 300 ms fade each page repaints.
            (await ByTestId("tv-email-status").Locator(".mud-chip").EvaluateAsync<string>("chip => getComputedStyle(chip).transitionDuration"))
                .ShouldBe("0s");
            var customerLink = await ByTestId("tv-customer-link").GetAttributeAsync("href");

            await GotoInteractiveAsync(admin, "/settings/email/outbox");
            await admin.Locator("[data-testid='outbox-item']", new() { HasText = subject }).ClickAsync();
            await Expect(ByTestId(admin, "outbox-subject")).ToHaveTextAsync(subject);
            await Expect(ByTestId(admin, "outbox-to")).ToContainTextAsync(ticket.RequesterEmail);
            var first = await ByTestId(admin, "outbox-body").GetAttributeAsync("srcdoc");
            first.ShouldNotBeNull().ShouldContain("End-to-end wording.");
            first.ShouldContain($"href=\"{customerLink}\"");
            first.ShouldContain($"Hello {ticket.RequesterName}");

            await ByTestId("tv-email-resend").ClickAsync();
            await Expect(ByTestId("tv-email-status")).ToContainTextAsync("resent 1×");
            await Expect(ByTestId("tv-email-status")).ToHaveAttributeAsync("data-status", "Sent");

            await ByTestId(admin, "outbox-refresh").ClickAsync();
            var messages = admin.Locator("[data-testid='outbox-item']", new() { HasText = subject });
            await Expect(messages).ToHaveCountAsync(2);
            await messages.Nth(0).ClickAsync();
            var second = await ByTestId(admin, "outbox-body").GetAttributeAsync("srcdoc");
            second.ShouldBe(first);
        }
        finally
        {
            var adminUser = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
            await AppScope.WithAsync<EmailTemplateService, OperationResult>(App.Factory.Services, s => s.ResetAsync(adminUser, CustomerInvitationEmail.Definition));
        }
    }

    [Fact]
    public async Task AdminEditsTemplate_PreviewStaysInView_LeavingAndResetAskFirst()
    {
        var admin = await NewPageAsync(width: 1366, height: 900);
        await SignInAsync(admin, DemoUsers.AdminEmail);
        await GotoInteractiveAsync(admin, "/settings/email/integrations");
        const string wording = "<p>Unsaved wording.</p>";

        await Expect(ByTestId(admin, "tpl-preview")).ToBeInViewportAsync();
        await ByTestId(admin, "tpl-body").FillAsync(wording);
        await Expect(ByTestId(admin, "tpl-preview")).ToHaveAttributeAsync("srcdoc", new Regex("Unsaved wording"));
        await Expect(ByTestId(admin, "tpl-preview")).ToBeInViewportAsync(new() { Ratio = 0.5f });

        await admin.GetByRole(AriaRole.Link, new() { Name = "All tickets" }).ClickAsync();
        await Expect(admin.Locator(".mud-dialog")).ToContainTextAsync("Leave without saving?");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        await Expect(ByTestId(admin, "tpl-body")).ToHaveValueAsync(wording);
        admin.Url.ShouldEndWith("/settings/email/integrations");

        await ByTestId(admin, "tpl-reset").ClickAsync();
        await Expect(admin.Locator(".mud-dialog")).ToContainTextAsync("Reset to the default template?");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Keep my template" }).ClickAsync();
        await Expect(ByTestId(admin, "tpl-body")).ToHaveValueAsync(wording);

        await ByTestId(admin, "tpl-reset").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Reset", Exact = true }).ClickAsync();
        await Expect(ByTestId(admin, "tpl-body")).Not.ToHaveValueAsync(wording);
        await admin.GetByRole(AriaRole.Link, new() { Name = "All tickets" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/tickets$"));
    }

    [Fact]
    public async Task AdminPastesABodyLargerThanTheDefaultConnectionMessage_SavesItAndSeesTheLimitCounted()
    {
        // Over 32 KB, the live connection's default message size: it used to drop, and Save silently did nothing.
        var filler = string.Concat(Enumerable.Repeat("<p>Übung macht den Meister — the quick brown fox.</p>\n", 900));
        var body = "<p>{{ session.customer_link }}</p>\n" + filler;
        try
        {
            await SignInAsync(DemoUsers.AdminEmail);
            await GotoInteractiveAsync("/settings/email/integrations");
            var slowMachine = new LocatorFillOptions { Timeout = 60_000 }; // 48 KB into a live-previewed field
            await ByTestId("tpl-body").FillAsync(body, slowMachine);
            await Expect(ByTestId("tpl-body-counter")).ToContainTextAsync($"{Count(body.Length)} / {Count(EmailTemplate.BodyMaxLength)}");
            await Expect(ByTestId("tpl-preview")).ToHaveAttributeAsync("srcdoc", new Regex("quick brown fox"));
            await ByTestId("tpl-save").ClickAsync();
            await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("The invitation template was saved.");

            var saved = await AppScope.WithAsync<EmailTemplateService, EmailTemplateView>(App.Factory.Services, s => s.LoadAsync(CustomerInvitationEmail.Definition));
            saved.HtmlBody.ShouldBe(body);
            await ByTestId("tpl-body").FillAsync(body + new string('x', EmailTemplate.BodyMaxLength), slowMachine);
            await Expect(ByTestId("tpl-body-counter")).ToContainTextAsync($"{Count(EmailTemplate.BodyMaxLength)} / {Count(EmailTemplate.BodyMaxLength)}");
            await Expect(ByTestId("tpl-body-limit")).ToBeVisibleAsync();
        }
        finally
        {
            var adminUser = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
            await AppScope.WithAsync<EmailTemplateService, OperationResult>(App.Factory.Services, s => s.ResetAsync(adminUser, CustomerInvitationEmail.Definition));
        }
    }

    private static string Count(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
