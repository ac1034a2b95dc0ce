using System.Net;
using System.Net.Http.Json;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>
/// The built-in simulator is not an open API (ADR-017): without this installation's key every call — a good token or
/// not, a real path or not — gets the app's plain 404, with nothing that tells a TeamViewer stand-in is there.
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class SimulatorApiAccessTests(SimulatorAppFixture fixture) : IDisposable
{
    private readonly SimulatorApiClient _api = new(fixture.App, "access-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string, string> Calls => new()
    {
        { "GET", "ping" },
        { "GET", "sessions" },
        { "POST", "sessions" },
        { "GET", "sessions/s123456789" },
        { "PUT", "sessions/s123456789" },
        { "DELETE", "sessions/s123456789" },
        { "GET", "groups" },
        { "POST", "groups" },
        { "GET", "groups/g1" },
        { "GET", "reports/connections" },
        { "GET", "reports/connections/1" },
        { "GET", "meetings" },
    };

    public void Dispose() => _api.Dispose();

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Call_WithoutTheInstallationKey_IsAPlain404(string method, string path)
    {
        var response = await _api.SendAsync(new HttpMethod(method), path, JsonContent.Create(new { groupname = "BOSS" }), installationKey: "");

        await ShouldBeAPlainNotFoundAsync(response);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Call_WithAnotherKey_IsAPlain404(string method, string path)
    {
        var key = await fixture.App.Services.GetRequiredService<SimulatorInstallationKey>().GetAsync();

        var response = await _api.SendAsync(new HttpMethod(method), path, JsonContent.Create(new { groupname = "BOSS" }), installationKey: key[..^1] + "x");

        await ShouldBeAPlainNotFoundAsync(response);
    }

    [Fact]
    public async Task Ping_WithTheInstallationKey_AnswersAsTeamViewerDoes()
    {
        var response = await _api.GetAsync("ping");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SimulatorApiClient.ReadObjectAsync(response))["token_valid"]!.GetValue<bool>().ShouldBeTrue();
    }

    private static async Task ShouldBeAPlainNotFoundAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.WwwAuthenticate.ShouldBeEmpty();
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/json");
        var body = await response.Content.ReadAsStringAsync();
        foreach (var telltale in new[] { "token_valid", "invalid_token", "not_found", "error_description", "simulator" })
        {
            body.ShouldNotContain(telltale, Case.Insensitive);
        }
    }
}
