using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Web.TeamViewerSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>The simulator's wire format against the checklist of <c>teamviewer-api.md</c> §8, with a plain HttpClient.</summary>
[Collection(SimulatorCollection.Name)]
public sealed partial class SimulatorApiTests(SimulatorAppFixture fixture) : IDisposable
{
    private readonly KestrelApp _app = fixture.App;
    private readonly SimulatorApiClient _api = new(fixture.App, "api-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData(null, false)]
    [InlineData("revoked-abc", false)]
    [InlineData("expired-abc", false)]
    [InlineData("good-token", true)]
    public async Task Ping_AnyToken_Answers200WithTokenValid(string? token, bool valid)
    {
        using var api = new SimulatorApiClient(_app, token);

        var response = await api.GetAsync("ping");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await SimulatorApiClient.ReadObjectAsync(response);
        body["token_valid"]!.GetValue<bool>().ShouldBe(valid);
    }

    [Theory]
    [InlineData("sessions")]
    [InlineData("groups")]
    [InlineData("reports/connections")]
    public async Task Get_NoToken_Is401WithBearerChallengeAndInvalidToken(string path)
    {
        using var api = new SimulatorApiClient(_app, null);

        var response = await api.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        var body = await SimulatorApiClient.ReadObjectAsync(response);
        body["error"]!.GetValue<string>().ShouldBe("invalid_token");
        body["error_description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        body["error_code"]!.GetValue<int>().ShouldBe(401);
    }

    [Theory]
    [InlineData("revoked-x", 401, "invalid_token", 401)]
    [InlineData("invalid-x", 401, "invalid_token", 401)]
    [InlineData("expired-x", 401, "token_expired", 1)]
    [InlineData("noperm-x", 403, "invalid_permission", 403)]
    [InlineData("ratelimited-x", 403, "rate_limit_reached", 429)]
    public async Task Get_RejectedToken_AnswersTheDocumentedError(string token, int status, string error, int errorCode)
    {
        var response = await _api.GetAsync("sessions", token);

        ((int)response.StatusCode).ShouldBe(status);
        response.Headers.WwwAuthenticate.Any().ShouldBe(status == 401);
        var body = await SimulatorApiClient.ReadObjectAsync(response);
        body["error"]!.GetValue<string>().ShouldBe(error);
        body["error_code"]!.GetValue<int>().ShouldBe(errorCode);
    }

    [Fact]
    public async Task Get_TokenWithoutConnectionReports_ReadsSessionsButReportsAre403NamingTheScope()
    {
        var token = "noperm-reports-" + Guid.NewGuid().ToString("N");

        var ping = await _api.GetAsync("ping", token);
        var sessions = await _api.GetAsync("sessions", token);
        var reports = await _api.GetAsync("reports/connections", token);

        (await SimulatorApiClient.ReadObjectAsync(ping))["token_valid"]!.GetValue<bool>().ShouldBeTrue();
        sessions.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((int)reports.StatusCode).ShouldBe(403);
        var body = await SimulatorApiClient.ReadObjectAsync(reports);
        body["error"]!.GetValue<string>().ShouldBe("invalid_permission");
        body["error_description"]!.GetValue<string>().ShouldContain("Connections.Read");
    }

    [Fact]
    public async Task PostSession_GroupName_Is200WithLocationAndTheDocumentedShape()
    {
        var response = await _api.PostAsync("sessions", new { groupname = "BOSS", description = "Printer", end_customer = new { name = "Max" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await SimulatorApiClient.ReadObjectAsync(response);
        var code = body["code"]!.GetValue<string>();
        Regex.IsMatch(code, @"^s\d{3}-\d{3}-\d{3}$").ShouldBeTrue();
        response.Headers.Location!.ToString().ShouldBe($"{_api.ApiBase}/sessions/{code}");
        var undashed = SimulatorSessionCodes.Undashed(code);
        body["state"]!.GetValue<string>().ShouldBe("Open");
        body["online"]!.GetValue<bool>().ShouldBeFalse();
        body["support_session_type"]!.GetValue<string>().ShouldBe("Default");
        Regex.IsMatch(body["groupid"]!.GetValue<string>(), @"^g\d+$").ShouldBeTrue();
        Regex.IsMatch(body["assigned_userid"]!.GetValue<string>(), @"^u\d+$").ShouldBeTrue();
        body["end_customer"]!["name"]!.GetValue<string>().ShouldBe("Max");
        body["end_customer"]!.AsObject().ContainsKey("email").ShouldBeFalse();
        body["end_customer_link"]!.GetValue<string>().ShouldBe($"{_app.BaseUrl}/simulator/teamviewer/join/{undashed}");
        var supporterLink = body["supporter_link"]!.GetValue<string>();
        Regex.IsMatch(supporterLink, $"^{Regex.Escape(_app.BaseUrl)}/simulator/teamviewer/support/{undashed}-[A-Za-z0-9]{{12}}$").ShouldBeTrue();
        var token = supporterLink[^12..];
        body["webclient_supporter_link"]!.GetValue<string>().ShouldStartWith(
            $"{_app.BaseUrl}/simulator/teamviewer/Connect/IndexByol?sessioncode={undashed}&servicequeuetoken={token}&lang=en&displayName=");
        var created = DateTime.Parse(body["created_at"]!.GetValue<string>()).ToUniversalTime();
        DateTime.Parse(body["valid_until"]!.GetValue<string>()).ToUniversalTime().ShouldBe(created.AddHours(24));
        foreach (var date in new[] { "created_at", "valid_until", "assigned_at" })
        {
            DateFormat().IsMatch(body[date]!.GetValue<string>()).ShouldBeTrue(date);
        }

        foreach (var omitted in new[] { "closed_at", "waiting_message", "custom_api", "custom_module_id", "tv_version" })
        {
            body.ContainsKey(omitted).ShouldBeFalse(omitted);
        }

        body.Select(p => p.Value).ShouldAllBe(v => v != null);
    }

    [Theory]
    [InlineData("""{"description":"no group"}""")]
    [InlineData("""{"groupname":"BOSS","description":1}""")]
    [InlineData("""{"groupid":"g1","groupname":"BOSS"}""")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task PostSession_InvalidBody_Is400InvalidRequest(string json)
    {
        var response = await _api.PostRawAsync("sessions", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SimulatorApiClient.ReadObjectAsync(response))["error"]!.GetValue<string>().ShouldBe("invalid_request");
    }

    [Fact]
    public async Task PostSession_DescriptionOver4000_Is400()
    {
        var response = await _api.PostAsync("sessions", new { groupname = "BOSS", description = new string('x', 4001) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GetSessions_MinimalAndFullList_HaveTheDocumentedFields()
    {
        await _api.CreateSessionAsync(new { groupname = "BOSS", description = "Printer" });

        var minimal = await SimulatorApiClient.ReadObjectAsync(await _api.GetAsync("sessions"));
        var full = await SimulatorApiClient.ReadObjectAsync(await _api.GetAsync("sessions?full_list=TRUE&state=OPEN"));

        minimal.Select(p => p.Key).ShouldBe(["sessions"]);
        minimal["sessions"]!.AsArray().Single()!.AsObject().Select(p => p.Key)
            .ShouldBe(["code", "state", "groupid", "online", "support_session_type"], ignoreOrder: true);
        var session = full["sessions"]!.AsArray().Single()!.AsObject();
        session["description"]!.GetValue<string>().ShouldBe("Printer");
        session.ContainsKey("supporter_link").ShouldBeTrue();
        session.ContainsKey("created_at").ShouldBeTrue();
        full.ContainsKey("next_offset").ShouldBeFalse();
        full.ContainsKey("sessions_remaining").ShouldBeFalse();
    }

    [Fact]
    public async Task GetSession_DashedUndashedAndUnknown()
    {
        var code = (await _api.CreateSessionAsync())["code"]!.GetValue<string>();

        var dashed = await _api.GetAsync($"sessions/{code}");
        var undashed = await _api.GetAsync($"sessions/{SimulatorSessionCodes.Undashed(code)}");
        var unknown = await _api.GetAsync("sessions/s999-999-999");

        dashed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SimulatorApiClient.ReadObjectAsync(undashed))["code"]!.GetValue<string>().ShouldBe(code);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SimulatorApiClient.ReadObjectAsync(unknown))["error"]!.GetValue<string>().ShouldBe("not_found");
    }

    [Fact]
    public async Task PutSession_PartialUpdateAndClose_Are204()
    {
        var code = (await _api.CreateSessionAsync(new { groupname = "BOSS", description = "old", waiting_message = "wait" }))["code"]!.GetValue<string>();

        var update = await _api.PutAsync($"sessions/{code}", new { description = "new" });
        var close = await _api.PutAsync($"sessions/{code}", new { state = "closed" });
        var validUntil = await _api.PutAsync($"sessions/{code}", new { valid_until = "2030-01-01T00:00:00Z" });
        var session = await SimulatorApiClient.ReadObjectAsync(await _api.GetAsync($"sessions/{code}"));

        update.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        close.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        validUntil.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        session["description"]!.GetValue<string>().ShouldBe("new");
        session["waiting_message"]!.GetValue<string>().ShouldBe("wait");
        session["state"]!.GetValue<string>().ShouldBe("Closed");
        DateFormat().IsMatch(session["closed_at"]!.GetValue<string>()).ShouldBeTrue();
    }

    [Fact]
    public async Task DeleteSession_Is204ThenNotFound()
    {
        var code = (await _api.CreateSessionAsync())["code"]!.GetValue<string>();

        var deleted = await _api.DeleteAsync($"sessions/{code}");
        var again = await _api.GetAsync($"sessions/{code}");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Groups_PostListGet_HaveTheDocumentedShape()
    {
        var response = await _api.PostAsync("groups", new { name = "Escalations" });
        var group = await SimulatorApiClient.ReadObjectAsync(response);
        var id = group["id"]!.GetValue<string>();

        var list = await SimulatorApiClient.ReadObjectAsync(await _api.GetAsync("groups?name=ESCAL"));
        var one = await _api.GetAsync($"groups/{id}");
        var unknown = await _api.GetAsync("groups/g1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Location!.ToString().ShouldBe($"{_api.ApiBase}/groups/{id}");
        group.Select(p => p.Key).ShouldBe(["id", "name", "permissions"]);
        group["permissions"]!.GetValue<string>().ShouldBe("owned");
        list["groups"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe(id);
        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reports_AfterACustomerLeft_HaveTheDocumentedRecordShape()
    {
        var code = (await _api.CreateSessionAsync(new { groupname = "BOSS", description = "Fix it", custom_api = "ref" }))["code"]!.GetValue<string>();
        var customers = _app.Services.GetRequiredService<SimulatorCustomerService>();
        await customers.JoinAsync(code);
        await customers.LeaveAsync(code);

        var list = await SimulatorApiClient.ReadObjectAsync(await _api.GetAsync($"reports/connections?session_code={code}&has_code=true"));
        var record = list["records"]!.AsArray().Single()!.AsObject();
        var one = await _api.GetAsync($"reports/connections/{record["id"]!.GetValue<string>()}");

        list.Select(p => p.Key).ShouldBe(["records"]);
        Guid.TryParse(record["id"]!.GetValue<string>(), out _).ShouldBeTrue();
        record["support_session_type"]!.GetValue<int>().ShouldBe(2);
        record["session_code"]!.GetValue<string>().ShouldBe(code);
        record["session_note"]!.GetValue<string>().ShouldBe("Fix it");
        record["custom_api"]!.GetValue<string>().ShouldBe("ref");
        record["currency"]!.GetValue<string>().ShouldBe("EUR");
        record["billing_state"]!.GetValue<string>().ShouldBe("Bill");
        record["fee"]!.GetValue<decimal>().ShouldBe(0m);
        record["feedback"]!.AsObject().Count.ShouldBe(0);
        record.ContainsKey("duration").ShouldBeFalse();
        record.ContainsKey("notes").ShouldBeFalse();
        foreach (var date in new[] { "start_date", "end_date", "session_created_at", "valid_until", "assigned_at" })
        {
            DateFormat().IsMatch(record[date]!.GetValue<string>()).ShouldBeTrue(date);
        }

        one.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownApiPath_Is404WithTheErrorBody()
    {
        var response = await _api.GetAsync("meetings");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SimulatorApiClient.ReadObjectAsync(response))["error"]!.GetValue<string>().ShouldBe("not_found");
    }

    [Fact]
    public async Task WebClientSupporterLink_RedirectsToTheSupporterPage()
    {
        var session = await _api.CreateSessionAsync();
        using var http = _app.CreateHttpClient();
        (await SignInClient.PostSignInAsync(http, DemoUsers.TechnicianEmail)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await http.GetAsync(session["webclient_supporter_link"]!.GetValue<string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var supporterPath = new Uri(session["supporter_link"]!.GetValue<string>()).AbsolutePath;
        response.Headers.Location!.ToString().ShouldBe(supporterPath);
        supporterPath.ShouldStartWith(SimulatorRoutes.SupporterPage);
    }

    [Fact]
    public async Task WebClientSupporterLink_NotSignedIn_IsSentToSignIn()
    {
        var session = await _api.CreateSessionAsync();
        using var http = _app.CreateHttpClient();

        var response = await http.GetAsync(session["webclient_supporter_link"]!.GetValue<string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login?ReturnUrl=");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex DateFormat();
}
