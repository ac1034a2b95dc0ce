using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>
/// <c>CreateDelay</c> longer than the client's <c>RequestTimeout</c>: the create times out on the client, the session
/// exists anyway, and the documented reconciliation finds it (SPEC §7, "a retry after a timeout").
/// </summary>
public sealed class SimulatorCreateDelayTests : IAsyncLifetime
{
    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        _app = KestrelApp.Start(new Dictionary<string, string?>
        {
            ["TeamViewer:Simulator:CreateDelay"] = "00:00:04",
            ["TeamViewer:RequestTimeout"] = "00:00:01",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CreateSession_SlowerThanTheClientTimeout_TimesOutButTheSessionCanBeFound()
    {
        _app.Tokens.Token = "slow-" + Guid.NewGuid().ToString("N");
        var reference = "bossremote:ticket:1042:" + Guid.NewGuid().ToString("N");

        (await _app.Client.PingAsync(_app.Tokens.Token)).ShouldBeTrue(); // a warm app: the one-second timeout is spent on the delay, not on start-up

        var error = await Should.ThrowAsync<TeamViewerException>(() =>
            _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS", CustomApi = reference }));
        // The simulator stores the session before it waits, but on a loaded machine the client's timeout can fire before
        // the request was even handled; the session then shows up a moment later, as a slow TeamViewer's would.
        var found = await AppScope.EventuallyAsync(() => _app.Client.FindSessionByCustomApiAsync(reference), s => s is not null, TimeSpan.FromSeconds(10));

        error.Kind.ShouldBe(TeamViewerErrorKind.Timeout);
        found.ShouldNotBeNull().CustomApi.ShouldBe(reference);
        found.State.ShouldBe(TeamViewerSessionState.Open);
    }
}
