using BossRemote.Core.Demo;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration.ServiceCases;

/// <summary>
/// The simulator stores the session, then answers later than the client waits: the create times out for real over
/// HTTP, and BossRemote must end up with the one session instead of making a second.
/// </summary>
public sealed class ServiceCaseTimeoutHttpTests : IAsyncLifetime
{
    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        _app = KestrelApp.Start(new Dictionary<string, string?>
        {
            ["TeamViewer:RequestTimeout"] = "00:00:02",
            ["TeamViewer:Simulator:CreateDelay"] = "00:00:04",
        });
        _app.Tokens.Token = "timeout-token";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Play_CreateTimesOutButWentThrough_EndsWithOneSessionAfterTheRetry()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);

        var first = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));
        if (!first.Succeeded)
        {
            // The lookup after the timeout may itself be slow on a busy machine: then the case stays pending, and a
            // press after the request timeout has surely passed settles it — still without a second create.
            first.Error.ShouldBe(ServiceCaseMessages.CreateUnconfirmed);
            await Task.Delay(TimeSpan.FromSeconds(8));
        }

        var retry = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));

        retry.Succeeded.ShouldBeTrue(retry.Error);
        retry.Case!.State.ShouldBe(ServiceCaseState.Active);
        var sessions = new List<TeamViewerSession>();
        await foreach (var session in _app.Client.ListAllSessionsAsync(new SessionListFilter { FullList = true }))
        {
            sessions.Add(session);
        }

        sessions.Where(s => s.CustomApi?.StartsWith($"bossremote:ticket:{ticket.Number}:", StringComparison.Ordinal) == true)
            .ShouldHaveSingleItem().Code.ShouldBe(retry.Case.SessionCode);
        await using var db = await Factory(_app.Services).CreateDbContextAsync();
        (await db.ServiceCases.CountAsync(c => c.TicketId == ticket.Id)).ShouldBe(1);
    }
}
