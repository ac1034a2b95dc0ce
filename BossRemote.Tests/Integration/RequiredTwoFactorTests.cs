using System.Net;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Integration;

/// <summary><c>Identity__RequireTwoFactorForAdmins</c>: an admin without two-factor sign-in can open nothing but its set-up.</summary>
public class RequiredTwoFactorTests(RequiredTwoFactorFactory factory) : IClassFixture<RequiredTwoFactorFactory>
{
    private const string Password = "Welcome!2026";

    [Theory]
    [InlineData("/tickets")]
    [InlineData("/settings/users")]
    [InlineData("/jobs")]
    [InlineData("/reports/integrations/teamviewer/export.csv?from=2026-03-01&to=2026-03-31&tz=UTC")]
    public async Task Get_AdminWithoutTwoFactor_IsSentToTheSetUpPage(string path)
    {
        using var admin = await SignedInAsync(await CreateUserAsync(Roles.Admin));

        var response = await admin.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"{TwoFactorSteps.SetupPath}?ReturnUrl={Uri.EscapeDataString(path)}");
    }

    [Fact]
    public async Task SetUpPage_AdminWithoutTwoFactor_SaysItIsRequiredAndTurningItOnOpensThePages()
    {
        using var admin = await SignedInAsync(await CreateUserAsync(Roles.Admin));
        var setup = await (await admin.GetAsync($"{TwoFactorSteps.SetupPath}?ReturnUrl=%2Fsettings%2Fusers")).Content.ReadAsStringAsync();

        await TwoFactorSteps.TurnOnAsync(admin, factory.Clock);

        setup.ShouldContain("data-testid=\"two-factor-required\"");
        (await admin.GetAsync("/settings/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TurnOff_AdminWhileRequired_IsRefused()
    {
        var email = await CreateUserAsync(Roles.Admin);
        using var admin = await SignedInAsync(email);
        var (key, _) = await TwoFactorSteps.TurnOnAsync(admin, factory.Clock);
        var principal = new PrincipalBuilder().WithRole(Roles.Admin).WithId(await UserIdAsync(email)).WithName(email).Build();

        var page = await admin.GetStringAsync(TwoFactorSteps.SetupPath);
        var result = await AppScope.WithAsync<TwoFactorService, OperationResult>(
            factory.Services, s => s.DisableAsync(principal, TwoFactorSteps.CodeAhead(key, factory.Clock, 1)));

        page.ShouldNotContain("data-testid=\"two-factor-disable\"");
        result.Error.ShouldBe(TwoFactorMessages.RequiredForAdmins);
        (await admin.GetAsync("/settings/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignOut_AdminWithoutTwoFactor_StillSignsOut()
    {
        using var admin = await SignedInAsync(await CreateUserAsync(Roles.Admin));

        var response = await AccountForms.SignOutAsync(admin, fromPage: TwoFactorSteps.SetupPath);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith("/Account/Login");
    }

    [Fact]
    public async Task Get_TechnicianWithoutTwoFactor_IsNotAsked()
    {
        using var technician = await SignInClient.SignedInAsync(factory, DemoUsers.TechnicianEmail);

        (await technician.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = SignInClient.CreateClient(factory);
        (await SignInClient.PostSignInAsync(client, email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = factory.CreateDbContext();
        return db.Users.Single(u => u.Email == email).Id;
    }

    private async Task<string> CreateUserAsync(string role)
    {
        var email = $"admin-{Guid.NewGuid():N}@bossremote.test";
        var admin = await AppScope.DemoUserAsync(factory.Services, DemoUsers.AdminEmail);
        var input = new NewUserInput { DisplayName = "Robin Admin", Email = email, Role = role, Password = Password };
        var created = await AppScope.WithAsync<UserAdministrationService, OperationResult>(factory.Services, s => s.CreateAsync(admin, input));
        created.Succeeded.ShouldBeTrue(created.Error);
        return email;
    }
}
