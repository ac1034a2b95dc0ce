using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Settings;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>The setup page as an admin sees it when the pasted token cannot do what BossRemote needs.</summary>
public sealed class TeamViewerSetupEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task Connect_TokenWithoutPermissions_NamesTheMissingPermissionsAndStaysNotConnected()
    {
        var admin = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
        await AppScope.WithAsync<TeamViewerSetupService, OperationResult>(App.Factory.Services, s => s.RevokeAsync(admin, 0));

        try
        {
            await SignInAsync(DemoUsers.AdminEmail);
            await GotoInteractiveAsync("/settings/integrations/teamviewer");
            await Expect(ByTestId("tv-connection-state")).ToHaveTextAsync("Not connected");
            await Expect(ByTestId("tv-simulator-tokens")).ToContainTextAsync("noperm-");
            await Expect(ByTestId("tv-simulator-tokens")).ToContainTextAsync("expired-");
            await Expect(ByTestId("tv-simulator-tokens")).ToContainTextAsync("ratelimited-");

            await Page.Locator("input[data-testid='tv-token-input'], [data-testid='tv-token-input'] input").FillAsync("noperm-e2e-token");
            await ByTestId("tv-connect").ClickAsync();

            await Expect(ByTestId("tv-settings-error")).ToContainTextAsync("This token lacks permissions BossRemote needs");
            await Expect(ByTestId("tv-settings-error")).ToContainTextAsync("Session management (create, view and edit all sessions)");
            await Expect(ByTestId("tv-settings-error")).ToContainTextAsync("Connection reports (view, edit and delete)");
            await Expect(ByTestId("tv-settings-error")).ToContainTextAsync("Nothing was saved.");
            await Expect(ByTestId("tv-connection-state")).ToHaveTextAsync("Not connected");

            // A token that lacks one of the two: only that one is named (here on a phone).
            var phone = await NewPageAsync(390, 844);
            await SignInAsync(phone, DemoUsers.AdminEmail);
            await GotoInteractiveAsync(phone, "/settings/integrations/teamviewer");
            await phone.Locator("input[data-testid='tv-token-input'], [data-testid='tv-token-input'] input").FillAsync("noperm-reports-e2e");
            await ByTestId(phone, "tv-connect").ClickAsync();
            await Expect(ByTestId(phone, "tv-settings-error")).ToContainTextAsync("This token lacks a permission BossRemote needs: Connection reports");
            await Expect(ByTestId(phone, "tv-settings-error")).Not.ToContainTextAsync("Session management");
            await Expect(ByTestId(phone, "tv-connection-state")).ToHaveTextAsync("Not connected");
            (await AppScope.WithAsync<TeamViewerSetupService, TeamViewerSetupView>(App.Factory.Services, s => s.GetAsync(admin)))
                .IsConnected.ShouldBeFalse();
        }
        finally
        {
            await EnsureTeamViewerConnectedAsync(); // the other end-to-end tests need TeamViewer
        }
    }
}
