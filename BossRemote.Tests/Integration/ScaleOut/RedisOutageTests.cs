using System.Net;
using System.Text.Json;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Email;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>
/// SPEC §6: Redis away is survivable. Instances keep working and say the relay is degraded; another instance's pages
/// miss the changes meanwhile and re-read them when the relay is back.
/// </summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly string _database = "bossremote_redis_" + Guid.NewGuid().ToString("N");
    private readonly ThrowawayServers _servers = new();
    private AppInstance _a = default!;
    private AppInstance _b = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    public async Task InitializeAsync()
    {
        await _servers.StartRedisAsync();
        var connectionString = await PostgresDatabases.CreateAsync(_database);
        _a = AppInstance.Start("A", connectionString, _servers.RedisConfiguration, "bossremote-test:" + _database);
        _b = AppInstance.Start("B", connectionString, _servers.RedisConfiguration, "bossremote-test:" + _database);
        var admin = await DemoUserAsync(_a.Services, DemoUsers.AdminEmail);
        (await WithAsync<TeamViewerSetupService, OperationResult>(_a.Services, s => s.ConnectAsync(admin, "redis-outage-token"))).Succeeded.ShouldBeTrue();
        _playwright = await Playwright.CreateAsync();
        _browser = await Browsers.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        await _servers.DisposeAsync();
        await PostgresDatabases.DropAsync(_database);
    }

    [Fact]
    public async Task RedisDown_TheAppKeepsWorkingAndThePageOnTheOtherInstanceCatchesUpWhenRedisIsBack()
    {
        var ticket = await FreshOpenTicketAsync(_a.Services);
        var tech = await DemoUserAsync(_a.Services, DemoUsers.TechnicianEmail);
        var onB = await Browsers.NewPageAsync(_browser, _b.BaseUrl);
        await Browsers.SignInAsync(onB, DemoUsers.AdminEmail);
        await Browsers.GotoInteractiveAsync(onB, $"/tickets/{ticket.Number}");
        var started = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_a.Services, s => s.StartAsync(tech, ticket.Number));
        await Expect(Browsers.ByTestId(onB, "tv-session-code")).ToHaveTextAsync(started.Case!.SessionCode!);
        await EventuallyAsync(() => InvitationSentAsync(started.Case.Id), sent => sent); // no job left that B might run

        await _servers.StopRedisAsync();
        using var health = new HttpClient { BaseAddress = new Uri(_a.BaseUrl) };
        var degraded = await EventuallyAsync(() => RelayStatusAsync(health), s => s.Relay == "Degraded", TimeSpan.FromSeconds(20));
        // Changes made on A alone, with no job that B might run: only the relay could tell B's page about them.
        var noted = await WithAsync<TicketTimeline, OperationResult>(_a.Services, s => s.AddNoteAsync(tech, ticket.Number, "Written while Redis was away."));
        var stopped = await WithAsync<ServiceCaseStopper, ServiceCaseResult>(_a.Services, s => s.StopAsync(tech, ticket.Number));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var seenDuringOutage = await Browsers.ByTestId(onB, "ticket-notes").TextContentAsync() ?? "";

        degraded.Status.ShouldBe(HttpStatusCode.OK, "a relay that is away degrades the instance; it does not take it down");
        noted.Succeeded.ShouldBeTrue();
        stopped.Error.ShouldBeNull();
        seenDuringOutage.ShouldNotContain("Written while Redis was away.");
        await _servers.StartRedisAsync();
        await Expect(Browsers.ByTestId(onB, "ticket-notes")).ToContainTextAsync("Written while Redis was away.", new() { Timeout = 30_000 });
        await Expect(Browsers.ByTestId(onB, "tv-play")).ToBeVisibleAsync();
        (await EventuallyAsync(() => RelayStatusAsync(health), s => s.Relay == "Healthy", TimeSpan.FromSeconds(30))).Relay.ShouldBe("Healthy");
        await onB.Context.DisposeAsync();
    }

    private async Task<bool> InvitationSentAsync(long caseId)
    {
        await using var db = await Factory(_a.Services).CreateDbContextAsync();
        return await db.EmailDeliveries.AnyAsync(d => d.ServiceCaseId == caseId && d.Status == EmailDeliveryStatus.Sent);
    }

    private static async Task<(HttpStatusCode Status, string? Relay)> RelayStatusAsync(HttpClient client)
    {
        var response = await client.GetAsync("/healthz");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, json.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }
}
