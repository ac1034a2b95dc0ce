using System.Net;
using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Web.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BossRemote.Tests.Integration;

/// <summary>
/// The server-side session behind every sign-in cookie (ADR-015): sign-out ends it wherever the cookie has been copied
/// to, it ends by itself when idle or too old, and the open page's revalidation sees all of that.
/// </summary>
public abstract class UserSessionTests(SignInTestFactory factory)
{
    private const string UserAdministrationTestPassword = "Welcome!2026";

    private static readonly TimeSpan IdleTimeout = new SignInSecurityOptions().IdleTimeout;

    [Fact]
    public async Task SignOut_CopiedCookie_WorksBeforeAndIsSentToSignInAfter()
    {
        using var browser = SignInClient.CreateClient(factory);
        using var copy = AccountForms.CopyHolder(factory, AccountForms.AuthCookie(await SignInClient.PostSignInAsync(browser, DemoUsers.TechnicianEmail)));
        var before = await copy.GetAsync("/tickets");

        var signOut = await AccountForms.SignOutAsync(browser);
        var after = await copy.GetAsync("/tickets");

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signOut.Headers.Location!.ToString().ShouldEndWith("/Account/Login");
        ShouldBeSentToSignIn(after);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefusedAndTheSessionGoesOn()
    {
        using var browser = await SignInClient.SignedInAsync(factory, DemoUsers.TechnicianEmail);

        var signOut = await AccountForms.SignOutAsync(browser, withAntiforgeryToken: false);

        signOut.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await signOut.Content.ReadAsStringAsync()).ShouldBe(SignInMessages.SignOutRefused);
        (await browser.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_IdleForTheIdleTimeout_IsSentToSignIn()
    {
        using var copy = await SignedInCopyAsync(DemoUsers.TechnicianEmail);
        (await copy.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.Clock.Advance(IdleTimeout);
        var response = await copy.GetAsync("/tickets");

        ShouldBeSentToSignIn(response);
    }

    [Fact]
    public async Task Get_ActiveEveryTwentyMinutes_StaysSignedInUntilTheAbsoluteLifetime()
    {
        using var copy = await SignedInCopyAsync(DemoUsers.TechnicianEmail);
        var lifetime = new SignInSecurityOptions().AbsoluteLifetime;
        var step = TimeSpan.FromMinutes(20);

        for (var elapsed = step; elapsed < lifetime; elapsed += step)
        {
            factory.Clock.Advance(step);
            (await copy.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {elapsed}");
        }

        factory.Clock.Advance(step);
        ShouldBeSentToSignIn(await copy.GetAsync("/tickets"));
    }

    [Fact]
    public async Task SignIn_AgainInTheSameBrowser_StartsANewSessionAndEndsTheOldOne()
    {
        using var browser = SignInClient.CreateClient(factory);
        var first = AccountForms.AuthCookie(await SignInClient.PostSignInAsync(browser, DemoUsers.TechnicianEmail));

        var second = AccountForms.AuthCookie(await SignInClient.PostSignInAsync(browser, DemoUsers.TechnicianEmail));

        using var firstCopy = AccountForms.CopyHolder(factory, first);
        using var secondCopy = AccountForms.CopyHolder(factory, second);
        ShouldBeSentToSignIn(await firstCopy.GetAsync("/tickets"));
        (await secondCopy.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);
        SessionOf(PrincipalOf(first)).ShouldNotBe(SessionOf(PrincipalOf(second)));
    }

    [Fact]
    public async Task Get_DisabledByAnAdmin_IsSentToSignInAtOnce()
    {
        var (id, email) = await CreateTechnicianAsync();
        using var copy = await SignedInCopyAsync(email, UserAdministrationTestPassword);
        (await copy.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await AppScope.DemoUserAsync(factory.Services, DemoUsers.AdminEmail);
        (await AppScope.WithAsync<UserAdministrationService, OperationResult>(factory.Services, s => s.DisableAsync(admin, id))).Succeeded.ShouldBeTrue();
        var response = await copy.GetAsync("/tickets");

        ShouldBeSentToSignIn(response);
    }

    [Fact]
    public async Task Revalidation_OpenPage_IsSignedOutOnceTheSessionIsIdle()
    {
        var principal = PrincipalOf(AccountForms.AuthCookie(await SignInClient.PostSignInAsync(SignInClient.CreateClient(factory), DemoUsers.SupervisorEmail)));
        var fresh = await IsStillSignedInAsync(principal);

        factory.Clock.Advance(IdleTimeout);
        var idle = await IsStillSignedInAsync(principal);

        fresh.ShouldBeTrue();
        idle.ShouldBeFalse();
    }

    [Fact]
    public async Task Revalidation_OpenPageInUse_StaysSignedInPastTheIdleTimeout()
    {
        var principal = PrincipalOf(AccountForms.AuthCookie(await SignInClient.PostSignInAsync(SignInClient.CreateClient(factory), DemoUsers.SupervisorEmail)));
        var half = IdleTimeout / 2 + TimeSpan.FromMinutes(1);

        factory.Clock.Advance(half);
        await ReportActivityAsync(principal);
        factory.Clock.Advance(half);
        var inUse = await IsStillSignedInAsync(principal);
        factory.Clock.Advance(half);
        var leftAlone = await IsStillSignedInAsync(principal);

        inUse.ShouldBeTrue();
        leftAlone.ShouldBeFalse();
    }

    [Fact]
    public async Task Revalidation_OpenPageOfASessionSignedOutElsewhere_IsSignedOut()
    {
        using var browser = SignInClient.CreateClient(factory);
        var principal = PrincipalOf(AccountForms.AuthCookie(await SignInClient.PostSignInAsync(browser, DemoUsers.SupervisorEmail)));

        await AccountForms.SignOutAsync(browser);

        (await IsStillSignedInAsync(principal)).ShouldBeFalse();
    }

    private async Task<HttpClient> SignedInCopyAsync(string email, string password = DemoUsers.Password)
    {
        using var browser = SignInClient.CreateClient(factory);
        var response = await SignInClient.PostSignInAsync(browser, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return AccountForms.CopyHolder(factory, AccountForms.AuthCookie(response));
    }

    private async Task<(string Id, string Email)> CreateTechnicianAsync()
    {
        var email = $"tech-{Guid.NewGuid():N}@bossremote.test";
        var admin = await AppScope.DemoUserAsync(factory.Services, DemoUsers.AdminEmail);
        var input = new NewUserInput { DisplayName = "Jordan Lee", Email = email, Role = Roles.Technician, Password = UserAdministrationTestPassword };
        var created = await AppScope.WithAsync<UserAdministrationService, OperationResult>(factory.Services, s => s.CreateAsync(admin, input));
        created.Succeeded.ShouldBeTrue(created.Error);
        await using var db = factory.CreateDbContext();
        return (db.Users.Single(u => u.Email == email).Id, email);
    }

    /// <summary>The principal the cookie carries: what an open page's circuit holds for its whole life.</summary>
    private ClaimsPrincipal PrincipalOf(string cookie)
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        return options.TicketDataFormat.Unprotect(cookie[(AccountForms.AuthCookieName.Length + 1)..])!.Principal;
    }

    private static string? SessionOf(ClaimsPrincipal principal) => principal.FindFirstValue(UserSession.ClaimType);

    /// <summary>What the open page's revalidation (every minute) decides.</summary>
    private async Task<bool> IsStillSignedInAsync(ClaimsPrincipal principal)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var provider = (IdentityRevalidatingAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        return await provider.IsStillSignedInAsync(principal, CancellationToken.None);
    }

    /// <summary>The person types on the open page: the browser reports it over the circuit.</summary>
    private async Task ReportActivityAsync(ClaimsPrincipal principal)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var provider = (ServerAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        await scope.ServiceProvider.GetRequiredService<CircuitSessionActivity>().ReportAsync();
    }

    private static void ShouldBeSentToSignIn(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/Login?ReturnUrl=");
    }

    public sealed class OnSqlite(SignInTestFactory factory) : UserSessionTests(factory), IClassFixture<SignInTestFactory>;

    public sealed class OnPostgres(SignInTestPostgresFactory factory) : UserSessionTests(factory), IClassFixture<SignInTestPostgresFactory>;
}
