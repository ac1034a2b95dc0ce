using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.Email;
using BossRemote.Core.Notifications;
using BossRemote.Core.Satisfaction;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration.Satisfaction;

/// <summary>
/// The rating e-mail's link opened and its form posted as a browser without a sign-in does it (antiforgery token and
/// all), against the real app on Kestrel with the built-in simulator: Play, Stop, rate.
/// </summary>
public sealed partial class RatingPageHttpTests : IAsyncLifetime
{
    private KestrelApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = KestrelApp.Start(provider: DatabaseProvider.Sqlite);
        _app.Tokens.Token = "rating-token";
        var admin = await DemoUserAsync(_app.Services, DemoUsers.AdminEmail);
        await WithAsync<NotificationPreferencesService, bool>(_app.Services, async s =>
        {
            await s.SaveAskForRatingAsync(admin, true);
            return true;
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task RatePage_LinkFromTheEmail_TakesOneRatingWithoutSignInAndRefusesTheSecond()
    {
        var (ticket, link) = await StopWithRatingEmailAsync();
        using var browser = _app.CreateHttpClient();

        var page = await browser.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        var posted = await AccountForms.PostFormAsync(browser, link, "rating", new Dictionary<string, string> { ["Rating"] = "4", ["Comment"] = "<b>hi</b>" });
        var thanks = await posted.Content.ReadAsStringAsync();
        var again = await browser.GetAsync(link);
        var secondPost = await AccountForms.PostFormAsync(browser, link, "rating", new Dictionary<string, string> { ["Rating"] = "1" });

        link.ShouldStartWith($"{_app.BaseUrl}/rate/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        AccountForms.TextOf(html, "rate-ticket").ShouldBe($"#{ticket.Number}: {ticket.Subject}");
        AccountForms.TextOf(html, "rate-technician").ShouldBe("Taylor Reed");
        html.ShouldNotContain(ticket.RequesterEmail);
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        AccountForms.TextOf(thanks, "rate-message").ShouldBe("Thank you! Your rating has been recorded.");
        AccountForms.TextOf(await again.Content.ReadAsStringAsync(), "rate-message").ShouldNotBeNull().ShouldContain("rated already");
        secondPost.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        AccountForms.TextOf(await secondPost.Content.ReadAsStringAsync(), "rate-message").ShouldNotBeNull().ShouldContain("rated already");
        await using var db = await Factory(_app.Services).CreateDbContextAsync();
        var request = await db.SatisfactionRequests.AsNoTracking().SingleAsync(r => r.ServiceCaseId == db.ServiceCases.Single(c => c.TicketId == ticket.Id).Id);
        (request.Rating, request.Comment).ShouldBe((4, "<b>hi</b>"));
        (await db.TicketNotes.CountAsync(n => n.TicketId == ticket.Id && n.Body.StartsWith("Rated "))).ShouldBe(1);
    }

    [Fact]
    public async Task RatePage_PostWithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var (ticket, link) = await StopWithRatingEmailAsync();
        using var browser = _app.CreateHttpClient();

        var posted = await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "rating", ["Rating"] = "5" }));

        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = await Factory(_app.Services).CreateDbContextAsync();
        (await db.TicketNotes.CountAsync(n => n.TicketId == ticket.Id && n.Body.StartsWith("Rated "))).ShouldBe(0);
    }

    [Fact]
    public async Task RatePage_ForgedLink_SaysSo()
    {
        using var browser = _app.CreateHttpClient();

        var page = await browser.GetAsync("/rate/CfDJ8forged-token_that-is-not-signed");

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        AccountForms.TextOf(await page.Content.ReadAsStringAsync(), "rate-message").ShouldBe(RatingPage.Invalid.Message);
    }

    [Fact]
    public async Task RatePage_MissingRating_SaysSoAndKeepsTheComment()
    {
        var (_, link) = await StopWithRatingEmailAsync();
        using var browser = _app.CreateHttpClient();

        var posted = await AccountForms.PostFormAsync(browser, link, "rating", new Dictionary<string, string> { ["Comment"] = "kept <i>text</i>" });
        var html = await posted.Content.ReadAsStringAsync();

        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        AccountForms.TextOf(html, "rate-error").ShouldBe(SatisfactionRatings.RatingMissing);
        html.ShouldContain("kept &lt;i&gt;text&lt;/i&gt;</textarea>");
    }

    private async Task<(Ticket Ticket, string Link)> StopWithRatingEmailAsync()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);
        (await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number))).Succeeded.ShouldBeTrue();
        (await WithAsync<ServiceCaseStopper, ServiceCaseResult>(_app.Services, s => s.StopAsync(tech, ticket.Number))).Succeeded.ShouldBeTrue();
        await using var db = await Factory(_app.Services).CreateDbContextAsync();
        var mail = await db.EmailDeliveries.AsNoTracking()
            .SingleAsync(d => d.Kind == EmailKind.SatisfactionRating && d.TicketId == ticket.Id);
        return (ticket, WebUtility.HtmlDecode(Link().Match(mail.HtmlBody).Groups[1].Value));
    }

    [GeneratedRegex("<a href=\"([^\"]+/rate/[^\"]+)\"")]
    private static partial Regex Link();
}
