using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

public class TwoFactorEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    private const string Password = "Welcome!2026";

    [Fact]
    public async Task Technician_TurnsOnTwoFactorFromTheMenu_ThenSignsInWithACodeFromTheApp()
    {
        // The app is shared by the end-to-end tests: a person of this test's own.
        var email = $"e2e-2fa-{Guid.NewGuid():N}@bossremote.test";
        await CreateTechnicianAsync(email);
        await SignInAsync(Page, email, Password);
        await GotoInteractiveAsync("/tickets");

        await ByTestId("nav-two-factor").ClickAsync();
        await Expect(ByTestId("two-factor-status")).ToHaveAttributeAsync("data-status", "off");
        await ByTestId("two-factor-start").ClickAsync();
        var key = await ByTestId("two-factor-key").InnerTextAsync();
        await Expect(ByTestId("two-factor-uri")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^otpauth://totp/BossRemote:"));
        await ByTestId("two-factor-enable-code").FillAsync(TwoFactorSteps.CodeAhead(key, TimeProvider.System, 0));
        await ByTestId("two-factor-enable").ClickAsync();
        await Expect(ByTestId("two-factor-recovery-codes").Locator("li")).ToHaveCountAsync(TwoFactorService.RecoveryCodeCount);
        await Expect(ByTestId("two-factor-status")).ToHaveAttributeAsync("data-status", "on");
        await ByTestId("two-factor-continue").ClickAsync();
        // Off the two-factor page first: its own circuit's marker would let Sign out be pressed on the page being left.
        await Page.WaitForURLAsync(url => !url.Contains("/account/two-factor", StringComparison.OrdinalIgnoreCase));
        await WaitForInteractiveAsync(Page);
        await ByTestId("sign-out").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));

        await Page.FillAsync("#email", email);
        await Page.FillAsync("#password", Password);
        await Page.ClickAsync("[data-testid='login-submit']");
        await Page.WaitForURLAsync(url => url.Contains("/Account/LoginWith2fa", StringComparison.OrdinalIgnoreCase));
        await ByTestId("two-factor-code").FillAsync(TwoFactorSteps.CodeAhead(key, TimeProvider.System, 1));
        await ByTestId("two-factor-submit").ClickAsync();

        await Page.WaitForURLAsync(url => url.EndsWith("/tickets", StringComparison.Ordinal));
        await Expect(ByTestId("signed-in-user")).ToHaveTextAsync("Jordan Lee");
        await using var db = App.Factory.CreateDbContext();
        var actions = await db.AuditEntries.AsNoTracking().Where(a => a.Details.Contains(email)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        actions.ShouldBe([AuditActions.UserCreated, AuditActions.TwoFactorEnabled]);
    }

    private async Task CreateTechnicianAsync(string email)
    {
        var admin = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
        var input = new NewUserInput { DisplayName = "Jordan Lee", Email = email, Role = Roles.Technician, Password = Password };
        var created = await AppScope.WithAsync<UserAdministrationService, OperationResult>(App.Factory.Services, s => s.CreateAsync(admin, input));
        created.Succeeded.ShouldBeTrue(created.Error);
    }
}
