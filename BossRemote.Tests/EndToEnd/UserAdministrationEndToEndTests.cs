using BossRemote.Core.Audit;
using BossRemote.Core.Demo;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.EndToEnd.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

public class UserAdministrationEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    private const string Password = "Welcome!2026";

    [Fact]
    public async Task Admin_AddsATechnicianWhoSignsIn_ThenDisablesThemAndTheSignInPageSaysWhy()
    {
        // The app is shared by the end-to-end tests: a new address every run.
        var email = $"e2e-{Guid.NewGuid():N}@bossremote.test";
        await SignInAsync(DemoUsers.AdminEmail);
        await GotoInteractiveAsync("/settings");
        await ByTestId("settings-users").ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith("/settings/users", StringComparison.Ordinal));
        await WaitForInteractiveAsync(Page);

        await ByTestId("user-create-name").FillAsync("Jordan Lee");
        await ByTestId("user-create-email").FillAsync(email);
        await ByTestId("user-create-password").FillAsync(Password);
        await ByTestId("user-create-submit").ClickAsync();
        var row = ByTestId($"user-row-{email}");
        await Expect(row).ToContainTextAsync("Jordan Lee");
        await Expect(ByTestId($"user-status-{email}")).ToHaveAttributeAsync("data-status", nameof(UserAccountStatus.Active));

        var technician = await NewPageAsync();
        await SignInAsync(technician, email, Password);
        await Expect(ByTestId(technician, "signed-in-user")).ToHaveTextAsync("Jordan Lee");

        await ByTestId($"user-disable-{email}").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Expect(ByTestId($"user-status-{email}")).ToHaveAttributeAsync("data-status", nameof(UserAccountStatus.Disabled));
        await Expect(ByTestId($"user-enable-{email}")).ToBeVisibleAsync();

        var again = await NewPageAsync();
        await again.GotoAsync("/Account/Login");
        await again.FillAsync("#email", email);
        await again.FillAsync("#password", Password);
        await again.ClickAsync("[data-testid='login-submit']");
        await Expect(ByTestId(again, "login-error")).ToHaveTextAsync(UserAdministrationMessages.DisabledSignIn);
        again.Url.ShouldContain("/Account/Login");

        await using var db = App.Factory.CreateDbContext();
        var actions = await db.AuditEntries.AsNoTracking().Where(a => a.Details.Contains(email)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        actions.ShouldBe([AuditActions.UserCreated, AuditActions.UserDisabled]);
    }
}
