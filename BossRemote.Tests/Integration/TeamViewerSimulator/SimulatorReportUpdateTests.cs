using System.Net;
using System.Text.Json.Nodes;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary><c>PUT /reports/connections/{id}</c> (doc §4) on the simulator, with a plain HttpClient.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class SimulatorReportUpdateTests(SimulatorAppFixture fixture) : IDisposable
{
    private readonly KestrelApp _app = fixture.App;
    private readonly SimulatorApiClient _api = new(fixture.App, "reports-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Put_NotesAndBillingState_Is204AndGetShowsThem()
    {
        var id = await ArrangeReportAsync();

        var response = await _api.PutAsync($"reports/connections/{id}", new { notes = "BossRemote ticket #1042: Printer offline", billing_state = "donotbill" });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var record = await ReadReportAsync(id);
        record["notes"]!.GetValue<string>().ShouldBe("BossRemote ticket #1042: Printer offline");
        record["billing_state"]!.GetValue<string>().ShouldBe("DoNotBill");
    }

    [Fact]
    public async Task Put_SameNotesTwice_IsHarmless()
    {
        var id = await ArrangeReportAsync();

        (await _api.PutAsync($"reports/connections/{id}", new { notes = "same" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _api.PutAsync($"reports/connections/{id}", new { notes = "same" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ReadReportAsync(id))["notes"]!.GetValue<string>().ShouldBe("same");
    }

    [Fact]
    public async Task Put_OnlyNotes_LeavesTheBillingStateAndListShowsTheNotes()
    {
        var (id, code) = await ArrangeSessionWithReportAsync();

        await _api.PutAsync($"reports/connections/{id}", new { notes = "listed" });

        var list = await SimulatorApiClient.ReadObjectAsync(await _api.GetAsync($"reports/connections?session_code={code}"));
        var record = list["records"]!.AsArray().Single()!.AsObject();
        record["notes"]!.GetValue<string>().ShouldBe("listed");
        record["billing_state"]!.GetValue<string>().ShouldBe("Bill");
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"billing_state":"Maybe"}""")]
    [InlineData("""not json""")]
    public async Task Put_BadBody_Is400InvalidRequest(string json)
    {
        var id = await ArrangeReportAsync();

        var response = await _api.SendAsync(HttpMethod.Put, $"reports/connections/{id}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SimulatorApiClient.ReadObjectAsync(response))["error"]!.GetValue<string>().ShouldBe("invalid_request");
    }

    [Fact]
    public async Task Put_NotesTooLong_Is400AndChangesNothing()
    {
        var id = await ArrangeReportAsync();

        var response = await _api.PutAsync($"reports/connections/{id}", new { notes = new string('x', SimulatedSession.TextMaxLength + 1) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadReportAsync(id)).ContainsKey("notes").ShouldBeFalse();
    }

    [Fact]
    public async Task Put_UnknownOrAnotherAccountsReport_Is404NotFound()
    {
        var id = await ArrangeReportAsync();
        using var other = new SimulatorApiClient(_app, "other-" + Guid.NewGuid().ToString("N"));

        var unknown = await _api.PutAsync($"reports/connections/{Guid.NewGuid()}", new { notes = "x" });
        var foreign = await other.PutAsync($"reports/connections/{id}", new { notes = "x" });

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SimulatorApiClient.ReadObjectAsync(foreign))["error"]!.GetValue<string>().ShouldBe("not_found");
        (await ReadReportAsync(id)).ContainsKey("notes").ShouldBeFalse();
    }

    [Theory]
    [InlineData("noperm-reports-", 403, "invalid_permission")]
    [InlineData("noedit-reports-", 403, "invalid_permission")]
    [InlineData("noperm-", 403, "invalid_permission")]
    [InlineData("ratelimited-", 403, "rate_limit_reached")]
    [InlineData("revoked-", 401, "invalid_token")]
    public async Task Put_TokenRefused_AnswersItsErrorAndChangesNothing(string prefix, int status, string error)
    {
        var id = await ArrangeReportAsync();

        var response = await _api.SendAsync(HttpMethod.Put, $"reports/connections/{id}",
            System.Net.Http.Json.JsonContent.Create(new { notes = "x" }), withToken: prefix + Guid.NewGuid().ToString("N"));

        ((int)response.StatusCode).ShouldBe(status);
        var body = await SimulatorApiClient.ReadObjectAsync(response);
        body["error"]!.GetValue<string>().ShouldBe(error);
        if (prefix.EndsWith("-reports-", StringComparison.Ordinal))
        {
            body["error_description"]!.GetValue<string>().ShouldContain("Connections.Modify");
        }

        (await ReadReportAsync(id)).ContainsKey("notes").ShouldBeFalse();
    }

    private async Task<string> ArrangeReportAsync() => (await ArrangeSessionWithReportAsync()).Id;

    /// <summary>A session a customer joined and left: one connection report.</summary>
    private async Task<(string Id, string Code)> ArrangeSessionWithReportAsync()
    {
        var code = (await _api.CreateSessionAsync())["code"]!.GetValue<string>();
        var customers = _app.Services.GetRequiredService<SimulatorCustomerService>();
        await customers.JoinAsync(code);
        await customers.LeaveAsync(code);
        var list = await SimulatorApiClient.ReadObjectAsync(await _api.GetAsync($"reports/connections?session_code={code}"));
        return (list["records"]!.AsArray().Single()!["id"]!.GetValue<string>(), code);
    }

    private async Task<JsonObject> ReadReportAsync(string id)
    {
        var response = await _api.GetAsync($"reports/connections/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await SimulatorApiClient.ReadObjectAsync(response);
    }
}
