using System.Net;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Integration;

/// <summary>Optional two-factor sign-in with an authenticator app, through the real forms (ADR-015).</summary>
public class TwoFactorTests(SignInTestFactory factory) : IClassFixture<SignInTestFactory>
{
    private const string Password = "Welcome!2026";

    [Fact]
    public async Task SignIn_AfterTurningTwoFactorOn_AsksForTheCodeAfterThePassword()
    {
        var email = await CreateUserAsync(Roles.Technician);
        using var browser = await SignedInAsync(email);
        var (key, recoveryCodes) = await TwoFactorSteps.TurnOnAsync(browser, factory.Clock);
        await AccountForms.SignOutAsync(browser);

        var password = await SignInClient.PostSignInAsync(browser, email, Password);
        var between = await browser.GetAsync("/tickets");
        var code = await TwoFactorSteps.PostCodeAsync(browser, TwoFactorSteps.CodeAhead(key, factory.Clock, 1));

        recoveryCodes.Count.ShouldBe(TwoFactorService.RecoveryCodeCount);
        password.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        password.Headers.Location!.PathAndQuery.ShouldBe("/Account/LoginWith2fa?ReturnUrl=%2Ftickets");
        between.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        between.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        code.Headers.Location!.AbsolutePath.ShouldBe("/tickets");
        (await browser.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AuditActionsAsync(email)).ShouldBe([AuditActions.UserCreated, AuditActions.TwoFactorEnabled]);
    }

    [Fact]
    public async Task TurnOn_WrongCode_IsRefusedAndTwoFactorStaysOff()
    {
        var email = await CreateUserAsync(Roles.Technician);
        using var browser = await SignedInAsync(email);
        await TwoFactorSteps.StartAsync(browser);

        var page = await AccountForms.PostFormAsync(browser, TwoFactorSteps.SetupPath, "two-factor-enable", new Dictionary<string, string> { ["EnableCode"] = "000000" });

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await page.Content.ReadAsStringAsync();
        AccountForms.TextOf(html, "two-factor-error").ShouldBe(TwoFactorMessages.WrongCode);
        html.ShouldContain("data-status=\"off\"");
        (await AuditActionsAsync(email)).ShouldNotContain(AuditActions.TwoFactorEnabled);
    }

    [Fact]
    public async Task SignIn_SameCodeTwice_IsRefusedTheSecondTime()
    {
        var email = await CreateUserAsync(Roles.Technician);
        using var browser = await SignedInAsync(email);
        var (key, _) = await TwoFactorSteps.TurnOnAsync(browser, factory.Clock);
        var code = TwoFactorSteps.CodeAhead(key, factory.Clock, 1);
        await AccountForms.SignOutAsync(browser);
        await SignInClient.PostSignInAsync(browser, email, Password);
        (await TwoFactorSteps.PostCodeAsync(browser, code)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await AccountForms.SignOutAsync(browser);
        await SignInClient.PostSignInAsync(browser, email, Password);

        var again = await TwoFactorSteps.PostCodeAsync(browser, code);

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        AccountForms.TextOf(await again.Content.ReadAsStringAsync(), "login-error").ShouldBe(TwoFactorMessages.WrongCode);
    }

    [Fact]
    public async Task SignIn_RecoveryCode_WorksOnce()
    {
        var email = await CreateUserAsync(Roles.Supervisor);
        using var browser = await SignedInAsync(email);
        var (_, recoveryCodes) = await TwoFactorSteps.TurnOnAsync(browser, factory.Clock);
        await AccountForms.SignOutAsync(browser);

        await SignInClient.PostSignInAsync(browser, email, Password);
        var first = await TwoFactorSteps.PostCodeAsync(browser, recoveryCodes[0].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        await AccountForms.SignOutAsync(browser);
        await SignInClient.PostSignInAsync(browser, email, Password);
        var second = await TwoFactorSteps.PostCodeAsync(browser, recoveryCodes[0]);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignIn_FiveWrongCodes_LockTheAccountForAWhile()
    {
        var email = await CreateUserAsync(Roles.Technician);
        using var browser = await SignedInAsync(email);
        var (key, _) = await TwoFactorSteps.TurnOnAsync(browser, factory.Clock);
        await AccountForms.SignOutAsync(browser);
        await SignInClient.PostSignInAsync(browser, email, Password);

        for (var i = 0; i < IdentityRules.MaxFailedAccessAttempts; i++)
        {
            (await TwoFactorSteps.PostCodeAsync(browser, "000000")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var rightCode = await TwoFactorSteps.PostCodeAsync(browser, TwoFactorSteps.CodeAhead(key, factory.Clock, 1));
        var rightPassword = await SignInClient.PostSignInAsync(SignInClient.CreateClient(factory), email, Password);

        AccountForms.TextOf(await rightCode.Content.ReadAsStringAsync(), "login-error").ShouldBe(SignInMessages.LockedOut);
        AccountForms.TextOf(await rightPassword.Content.ReadAsStringAsync(), "login-error").ShouldBe(SignInMessages.LockedOut);
    }

    [Fact]
    public async Task TurnOff_WithACode_SignInNoLongerAsksAndItIsAudited()
    {
        var email = await CreateUserAsync(Roles.Technician);
        using var browser = await SignedInAsync(email);
        var (key, _) = await TwoFactorSteps.TurnOnAsync(browser, factory.Clock);

        var wrong = await AccountForms.PostFormAsync(browser, TwoFactorSteps.SetupPath, "two-factor-disable", new Dictionary<string, string> { ["DisableCode"] = "123456" });
        var right = await AccountForms.PostFormAsync(browser, TwoFactorSteps.SetupPath, "two-factor-disable", new Dictionary<string, string> { ["DisableCode"] = TwoFactorSteps.CodeAhead(key, factory.Clock, 1) });
        await AccountForms.SignOutAsync(browser);
        var signIn = await SignInClient.PostSignInAsync(browser, email, Password);

        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await right.Content.ReadAsStringAsync()).ShouldContain("data-status=\"off\"");
        signIn.Headers.Location!.AbsolutePath.ShouldBe("/tickets");
        (await AuditActionsAsync(email)).ShouldBe([AuditActions.UserCreated, AuditActions.TwoFactorEnabled, AuditActions.TwoFactorDisabled]);
    }

    [Fact]
    public async Task TurnOn_CurrentPage_StaysSignedInWhileOtherBrowsersAreSignedOut()
    {
        var email = await CreateUserAsync(Roles.Technician);
        using var browser = await SignedInAsync(email);
        using var other = await SignedInAsync(email);

        await TwoFactorSteps.TurnOnAsync(browser, factory.Clock);

        (await browser.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = SignInClient.CreateClient(factory);
        (await SignInClient.PostSignInAsync(client, email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<string> CreateUserAsync(string role)
    {
        var email = $"person-{Guid.NewGuid():N}@bossremote.test";
        var admin = await AppScope.DemoUserAsync(factory.Services, DemoUsers.AdminEmail);
        var input = new NewUserInput { DisplayName = "Jordan Lee", Email = email, Role = role, Password = Password };
        var created = await AppScope.WithAsync<UserAdministrationService, OperationResult>(factory.Services, s => s.CreateAsync(admin, input));
        created.Succeeded.ShouldBeTrue(created.Error);
        return email;
    }

    private async Task<List<string>> AuditActionsAsync(string email)
    {
        await using var db = factory.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Details.Contains(email)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }
}
