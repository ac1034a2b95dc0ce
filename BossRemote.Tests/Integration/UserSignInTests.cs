using System.Net;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration;

/// <summary>What Settings ➜ Users changes mean at the sign-in form and for a cookie already signed in.</summary>
public abstract class UserSignInTests(EveryRequestRevalidationFactory factory)
{
    private const string Password = "Welcome!2026";

    [Fact]
    public async Task SignIn_DisabledUser_IsToldTheAccountIsDisabled()
    {
        var (id, email) = await CreateTechnicianAsync();
        (await ChangeAsync((s, admin) => s.DisableAsync(admin, id))).Succeeded.ShouldBeTrue();
        using var client = SignInClient.CreateClient(factory);

        var response = await SignInClient.PostSignInAsync(client, email, Password);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(
            System.Text.Encodings.Web.HtmlEncoder.Default.Encode(UserAdministrationMessages.DisabledSignIn));
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Get_SignedInThenDisabled_IsSentToSignIn()
    {
        var (id, email) = await CreateTechnicianAsync();
        using var client = SignInClient.CreateClient(factory);
        (await SignInClient.PostSignInAsync(client, email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await ChangeAsync((s, admin) => s.DisableAsync(admin, id))).Succeeded.ShouldBeTrue();
        var response = await client.GetAsync("/tickets");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/Login?ReturnUrl=");
    }

    [Fact]
    public async Task Get_SignedInThenMadeAdmin_SignsInAgainAndOpensTheUsersPage()
    {
        var (id, email) = await CreateTechnicianAsync();
        using var client = SignInClient.CreateClient(factory);
        await SignInClient.PostSignInAsync(client, email, Password);

        (await ChangeAsync((s, admin) => s.ChangeRoleAsync(admin, id, Roles.Admin))).Succeeded.ShouldBeTrue();
        var stale = await client.GetAsync("/settings/users");
        await SignInClient.PostSignInAsync(client, email, Password);
        var fresh = await client.GetAsync("/settings/users");

        stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/Login?ReturnUrl=");
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await fresh.Content.ReadAsStringAsync();
        page.ShouldContain("data-testid=\"users-table\"");
        page.ShouldContain($"data-testid=\"user-row-{email}\"");
        page.ShouldContain($"data-testid=\"user-row-{DemoUsers.AdminEmail}\"");
    }

    private async Task<(string Id, string Email)> CreateTechnicianAsync()
    {
        var email = $"tech-{Guid.NewGuid():N}@bossremote.test";
        var input = new NewUserInput { DisplayName = "Jordan Lee", Email = email, Role = Roles.Technician, Password = Password };
        var created = await ChangeAsync((s, admin) => s.CreateAsync(admin, input));
        created.Succeeded.ShouldBeTrue(created.Error);
        await using var db = factory.CreateDbContext();
        return (db.Users.Single(u => u.Email == email).Id, email);
    }

    private async Task<OperationResult> ChangeAsync(Func<UserAdministrationService, System.Security.Claims.ClaimsPrincipal, Task<OperationResult>> change)
    {
        var admin = await AppScope.DemoUserAsync(factory.Services, DemoUsers.AdminEmail);
        return await AppScope.WithAsync<UserAdministrationService, OperationResult>(factory.Services, s => change(s, admin));
    }

    public sealed class OnSqlite(EveryRequestRevalidationFactory factory) : UserSignInTests(factory), IClassFixture<EveryRequestRevalidationFactory>;

    public sealed class OnPostgres(EveryRequestRevalidationPostgresFactory factory) : UserSignInTests(factory), IClassFixture<EveryRequestRevalidationPostgresFactory>;
}
