using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>
/// The simulator tokens the README documents still behave as documented when an admin tries them on the setup page:
/// through the app's own services and client (stored token and installation key included), over real HTTP.
/// </summary>
public sealed class SimulatorTokensOnTheSetupPageTests(KestrelWebFactory app) : IClassFixture<KestrelWebFactory>
{
    private readonly KestrelWebFactory _app = app;

    [Theory]
    [InlineData("revoked-")]
    [InlineData("invalid-")]
    public async Task Connect_RejectedToken_ExplainsAndSavesNothing(string prefix)
    {
        var before = await SetupAsync();

        var result = await ConnectAsync(prefix + Guid.NewGuid().ToString("N"));

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain("TeamViewer did not accept this token");
        result.Error.ShouldContain("Nothing was saved.");
        (await SetupAsync()).MaskedToken.ShouldBe(before.MaskedToken);
    }

    [Fact]
    public async Task Connect_ExpiredToken_SaysExpiredAndSavesNothing()
    {
        var before = await SetupAsync();

        var result = await ConnectAsync("expired-" + Guid.NewGuid().ToString("N"));

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldStartWith("This token has expired (TeamViewer answered token_expired).");
        result.Error.ShouldEndWith("Nothing was saved.");
        (await SetupAsync()).MaskedToken.ShouldBe(before.MaskedToken);
    }

    [Theory]
    [InlineData("noperm-", "lacks permissions BossRemote needs: Session management (create, view and edit all sessions); Connection reports (view, edit and delete).")]
    [InlineData("noperm-reports-", "lacks a permission BossRemote needs: Connection reports (view, edit and delete).")]
    [InlineData("ratelimited-", "TeamViewer's limit on API calls was reached.")]
    public async Task Connect_TokenThatPingsButCannotRead_SaysWhyAndSavesNothing(string prefix, string why)
    {
        var before = await SetupAsync();

        var result = await ConnectAsync(prefix + Guid.NewGuid().ToString("N"));

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain(why);
        result.Error.ShouldEndWith("Nothing was saved.");
        (await SetupAsync()).MaskedToken.ShouldBe(before.MaskedToken);
    }

    [Fact]
    public async Task Connect_AnyOtherToken_ConnectsAndWorks()
    {
        var result = await ConnectAsync("admin-tries-" + Guid.NewGuid().ToString("N"));
        var sessions = await _app.Services.GetRequiredService<ITeamViewerClient>().ListSessionsAsync();

        result.Succeeded.ShouldBeTrue(result.Error);
        sessions.Sessions.ShouldBeEmpty();
    }

    private async Task<OperationResult> ConnectAsync(string token)
    {
        var admin = await AppScope.DemoUserAsync(_app.Services, DemoUsers.AdminEmail);
        return await AppScope.WithAsync<TeamViewerSetupService, OperationResult>(_app.Services, s => s.ConnectAsync(admin, token));
    }

    private async Task<TeamViewerSetupView> SetupAsync()
    {
        var admin = await AppScope.DemoUserAsync(_app.Services, DemoUsers.AdminEmail);
        return await AppScope.WithAsync<TeamViewerSetupService, TeamViewerSetupView>(_app.Services, s => s.GetAsync(admin));
    }
}
