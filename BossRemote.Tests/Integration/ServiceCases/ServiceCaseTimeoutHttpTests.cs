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
            ["TeamViewer:RequestTimeout"] = "00:00:01",
            ["TeamViewer:Simulator:CreateDelay"] = "00:00:03",
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
        var retry = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));

        first.Succeeded.ShouldBeTrue(first.Error);
        first.Case!.State.ShouldBe(ServiceCaseState.Active);
        retry.Case!.Id.ShouldBe(first.Case.Id);
        var sessions = new List<TeamViewerSession>();
        await foreach (var session in _app.Client.ListAllSessionsAsync(new SessionListFilter { FullList = true }))
        {
            sessions.Add(session);
        }

        sessions.Where(s => s.CustomApi?.StartsWith($"bossremote:ticket:{ticket.Number}:", StringComparison.Ordinal) == true)
            .ShouldHaveSingleItem().Code.ShouldBe(first.Case.SessionCode);
        await using var db = await Factory(_app.Services).CreateDbContextAsync();
        (await db.ServiceCases.CountAsync(c => c.TicketId == ticket.Id)).ShouldBe(1);
    }
}
