using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>The fault knobs set through configuration, as an operator would, seen by the product's client.</summary>
public sealed class SimulatorFaultKnobsTests : IAsyncLifetime
{
    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        _app = KestrelApp.Start(new Dictionary<string, string?>
        {
            ["TeamViewer:Simulator:MaxOpenSessions"] = "1",
            ["TeamViewer:Simulator:RateLimitPerHour"] = "4",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CreateSession_BeyondMaxOpenSessions_IsLicenseLimit()
    {
        _app.Tokens.Token = "licence-" + Guid.NewGuid().ToString("N");
        await _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS" });

        var error = await Should.ThrowAsync<TeamViewerException>(() =>
            _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS" }));

        error.Kind.ShouldBe(TeamViewerErrorKind.LicenseLimit);
        error.StatusCode.ShouldBe(400);
        error.ErrorDescription.ShouldNotBeNull().ShouldContain("license limitations");
    }

    [Fact]
    public async Task AnyCall_BeyondRateLimitPerHour_IsRateLimited()
    {
        _app.Tokens.Token = "busy-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < 4; i++)
        {
            await _app.Client.ListSessionsAsync();
        }

        var error = await Should.ThrowAsync<TeamViewerException>(() => _app.Client.ListSessionsAsync());
        _app.Tokens.Token = "calm-" + Guid.NewGuid().ToString("N");
        var otherToken = await _app.Client.ListSessionsAsync();

        error.Kind.ShouldBe(TeamViewerErrorKind.RateLimited);
        error.Error.ShouldBe("rate_limit_reached");
        otherToken.Sessions.ShouldBeEmpty();
    }
}
