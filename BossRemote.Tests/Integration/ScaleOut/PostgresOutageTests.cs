using System.Net;
using System.Text.Json;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>
/// SPEC §5, §6: PostgreSQL unreachable when the app starts, or later. The app does not exit (no crash loop): it says why
/// in its health report, answers 503, and serves again by itself once PostgreSQL is back.
/// </summary>
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private readonly ThrowawayServers _servers = new();
    private AppInstance? _app;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _servers.DisposeAsync();
    }

    [Fact]
    public async Task Start_PostgresDownThenUpThenDownAgain_Answers503UntilItIsBackAndNeverExits()
    {
        _app = AppInstance.Start("lonely", _servers.PostgresConnectionString, redis: null, channel: "unused");
        using var client = new HttpClient { BaseAddress = new Uri(_app.BaseUrl) };

        var (status, health) = await HealthAsync(client);
        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        health.GetProperty("checks").GetProperty("startup").GetProperty("description").GetString()!.ShouldContain("unreachable");
        var page = await client.GetAsync("/Account/Login");
        page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await page.Content.ReadAsStringAsync()).ShouldContain("BossRemote is not available yet");

        await _servers.StartPostgresAsync();
        (await WaitForAsync(client, HttpStatusCode.OK, TimeSpan.FromSeconds(60))).ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await _servers.StopPostgresAsync();
        var down = await WaitForAsync(client, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
        down.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await HealthAsync(client)).Health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("Unhealthy");

        await _servers.StartPostgresAsync();
        (await WaitForAsync(client, HttpStatusCode.OK, TimeSpan.FromSeconds(60))).ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Health)> HealthAsync(HttpClient client)
    {
        var response = await client.GetAsync("/healthz");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static async Task<HttpStatusCode> WaitForAsync(HttpClient client, HttpStatusCode wanted, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var status = (await client.GetAsync("/healthz")).StatusCode;
        while (status != wanted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            status = (await client.GetAsync("/healthz")).StatusCode;
        }

        return status;
    }
}
