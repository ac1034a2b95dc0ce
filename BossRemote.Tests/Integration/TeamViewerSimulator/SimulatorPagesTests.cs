using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>The customer and supporter pages, driven as a browser would: GET, then the form posted with its antiforgery token.</summary>
[Collection(SimulatorCollection.Name)]
public sealed partial class SimulatorPagesTests : IDisposable
{
    private readonly KestrelApp _app;
    private readonly HttpClient _browser;

    public SimulatorPagesTests(SimulatorAppFixture fixture)
    {
        _app = fixture.App;
        _app.Tokens.Token = "pages-" + Guid.NewGuid().ToString("N");
        _browser = _app.CreateHttpClient();
    }

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task CustomerPage_JoinThenLeave_FlipsOnlineAndWritesAConnectionReport()
    {
        var session = await _app.Client.CreateSessionAsync(new CreateSessionRequest
        {
            GroupName = "BOSS", Description = "Printer jams", WaitingMessage = "Your technician is on the way.",
        });
        var page = await _browser.GetStringAsync(session.EndCustomerLink);

        var join = await PostFormAsync(session.EndCustomerLink!, page, "sim-join");
        var joinedPage = await _browser.GetStringAsync(session.EndCustomerLink);
        var online = await _app.Client.GetSessionAsync(session.Code);
        var leave = await PostFormAsync(session.EndCustomerLink!, joinedPage, "sim-leave");
        var leftPage = await _browser.GetStringAsync(session.EndCustomerLink);
        var reports = await _app.Client.ListConnectionReportsAsync(new ConnectionReportFilter { SessionCode = session.Code });

        page.ShouldContain("TeamViewer QuickSupport (simulator)");
        TestId(page, "sim-session-code").ShouldContain(session.Code);
        page.ShouldContain("Printer jams");
        page.ShouldContain("Your technician is on the way.");
        OnlineFlag(page).ShouldBe("false");
        join.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        OnlineFlag(joinedPage).ShouldBe("true");
        joinedPage.ShouldContain("data-testid=\"sim-leave\"");
        joinedPage.ShouldNotContain("data-testid=\"sim-join\"");
        online.Online.ShouldBeTrue();
        leave.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        OnlineFlag(leftPage).ShouldBe("false");
        (await _app.Client.GetSessionAsync(session.Code)).Online.ShouldBeFalse();
        reports.Records.ShouldHaveSingleItem().SessionNote.ShouldBe("Printer jams");
    }

    [Fact]
    public async Task CustomerPage_ClosedSession_ShowsEndedAndOffersNoJoin()
    {
        var session = await _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS" });
        await _app.Client.CloseSessionAsync(session.Code);

        var page = await _browser.GetStringAsync(session.EndCustomerLink);

        page.ShouldContain("data-testid=\"sim-ended\"");
        page.ShouldNotContain("data-testid=\"sim-join\"");
    }

    [Fact]
    public async Task CustomerPage_ClosedSession_SaysOnlyThatItEnded()
    {
        var session = await _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS" });
        await _app.Client.CloseSessionAsync(session.Code);

        var page = await _browser.GetStringAsync(session.EndCustomerLink);

        page.ShouldContain("This session has ended");
        page.ShouldNotContain("data-testid=\"sim-status\"");
        page.ShouldNotContain("You are not connected yet.");
    }

    [Fact]
    public async Task CustomerPage_UnknownCode_Is404()
    {
        var response = await _browser.GetAsync("/simulator/teamviewer/join/s999999999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SupporterPage_RightToken_ShowsTheSessionAndTheCustomersStatus()
    {
        var session = await _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS", Description = "Network down" });
        await SignInAsync(DemoUsers.TechnicianEmail);

        var response = await _browser.GetAsync(session.SupporterLink);
        var page = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain("Network down");
        TestId(page, "sim-session-code").ShouldContain(session.Code);
        OnlineFlag(page).ShouldBe("false");
    }

    [Fact]
    public async Task SupporterPage_WrongToken_Is404()
    {
        var session = await _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS" });
        await SignInAsync(DemoUsers.TechnicianEmail);

        var response = await _browser.GetAsync(session.SupporterLink![..^12] + "AAAAAAAAAAAA");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SupporterPage_NotSignedIn_IsSentToSignInAndShowsNothing()
    {
        var session = await _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS", Description = "Network down" });

        var response = await _browser.GetAsync(session.SupporterLink);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login?ReturnUrl=");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Network down");
    }

    [Fact]
    public async Task CustomerPage_NotSignedIn_IsServed()
    {
        var session = await _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS" });

        var response = await _browser.GetAsync(session.EndCustomerLink);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task SignInAsync(string email)
    {
        var response = await SignInClient.PostSignInAsync(_browser, email);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in as {email}");
    }

    private async Task<HttpResponseMessage> PostFormAsync(string url, string page, string handler)
    {
        var token = AntiforgeryField().Match(page);
        token.Success.ShouldBeTrue("the page has no antiforgery token");
        return await _browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
    }

    private static string OnlineFlag(string page) => StatusFlag().Match(page) is { Success: true } match ? match.Groups[1].Value : "missing";

    private static string TestId(string page, string testId) =>
        Regex.Match(page, $"data-testid=\"{testId}\"[^>]*>([^<]*)<").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("data-testid=\"sim-status\" data-online=\"(true|false)\"")]
    private static partial Regex StatusFlag();
}
