using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Integration;

/// <summary>
/// The sign-in form tells nobody without the password how an account stands, costs the same either way, and resists
/// guessing by throttling per account and address instead of locking accounts anyone could lock (ADR-015).
/// </summary>
public class SignInTests(SignInTestFactory factory) : IClassFixture<SignInTestFactory>
{
    private const string Password = "Welcome!2026";
    private const string WrongPassword = "Not-the-password-1";

    [Fact]
    public async Task SignIn_UnknownWrongLockedOrDisabled_AllGetTheSameAnswer()
    {
        var known = await CreateTechnicianAsync();
        var locked = await CreateTechnicianAsync();
        await LockAsync(locked);
        var disabled = await CreateTechnicianAsync();
        await DisableAsync(disabled);

        List<string> answers = [];
        foreach (var email in new[] { $"nobody-{Guid.NewGuid():N}@bossremote.test", known.Email, locked.Email, disabled.Email })
        {
            answers.Add(await AnswerAsync(await AttemptAsync(NewAddress(), email, WrongPassword)));
        }

        answers.ShouldBe(Enumerable.Repeat($"400 {SignInMessages.Failed} no cookie", 4).ToList());
    }

    [Fact]
    public async Task SignIn_UnknownAccount_ChecksAPasswordHashLikeAKnownAccount()
    {
        var known = await CreateTechnicianAsync();

        var unknownWork = await CountHashChecksAsync(() => AttemptAsync(NewAddress(), $"nobody-{Guid.NewGuid():N}@bossremote.test", WrongPassword));
        var knownWork = await CountHashChecksAsync(() => AttemptAsync(NewAddress(), known.Email, WrongPassword));

        unknownWork.ShouldBe(1);
        knownWork.ShouldBe(1);
    }

    [Fact]
    public async Task SignIn_LockedOrDisabledWithTheRightPassword_IsToldWhy()
    {
        var locked = await CreateTechnicianAsync();
        await LockAsync(locked);
        var disabled = await CreateTechnicianAsync();
        await DisableAsync(disabled);

        var lockedAnswer = await AttemptAsync(NewAddress(), locked.Email, Password);
        var disabledAnswer = await AttemptAsync(NewAddress(), disabled.Email, Password);

        ErrorOf(await lockedAnswer.Content.ReadAsStringAsync()).ShouldBe(SignInMessages.LockedOut);
        ErrorOf(await disabledAnswer.Content.ReadAsStringAsync()).ShouldBe(UserAdministrationMessages.DisabledSignIn);
        lockedAnswer.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task SignIn_WrongPassword_DoesNotSendThePasswordBack()
    {
        var typed = $"Typed-{Guid.NewGuid():N}";

        var response = await AttemptAsync(NewAddress(), DemoUsers.SupervisorEmail, typed);

        var page = await response.Content.ReadAsStringAsync();
        ErrorOf(page).ShouldBe(SignInMessages.Failed);
        page.ShouldNotContain(typed);
        PasswordField().Match(page).Value.ShouldNotContain("value=");
    }

    [Fact]
    public async Task SignIn_SixthAttemptForAnAccountFromOneAddress_IsRefusedWith429WithoutTryingThePassword()
    {
        var user = await CreateTechnicianAsync();
        var address = NewAddress();
        for (var i = 0; i < SignInThrottle.AccountAndAddressLimit; i++)
        {
            (await AttemptAsync(address, user.Email, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        HttpResponseMessage? response = null;
        var work = await CountHashChecksAsync(async () => response = await AttemptAsync(address, user.Email, Password));

        response!.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
        var page = await response.Content.ReadAsStringAsync();
        ErrorOf(page).ShouldBe(SignInMessages.Throttled);
        page.ShouldContain("data-testid=\"login-submit\"");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        work.ShouldBe(0);
    }

    [Fact]
    public async Task SignIn_ThrottledFromOneAddress_TheAdminStillSignsInFromAnother()
    {
        var attacker = NewAddress();
        for (var i = 0; i <= SignInThrottle.AccountAndAddressLimit; i++)
        {
            await AttemptAsync(attacker, DemoUsers.AdminEmail, WrongPassword);
        }

        (await AttemptAsync(attacker, DemoUsers.AdminEmail, DemoUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var admin = await AttemptAsync(NewAddress(), DemoUsers.AdminEmail, DemoUsers.Password);

        admin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        admin.Headers.Location!.AbsolutePath.ShouldBe("/tickets");
        var stored = await ReadAsync(DemoUsers.AdminEmail);
        stored!.LockoutEnd.ShouldBeNull();
    }

    [Fact]
    public async Task SignIn_WrongPasswordsFromSeveralAddresses_NeverLockTheAccount()
    {
        var user = await CreateTechnicianAsync();
        for (var address = 0; address < 3; address++)
        {
            var from = NewAddress();
            for (var i = 0; i < SignInThrottle.AccountAndAddressLimit - 1; i++)
            {
                (await AttemptAsync(from, user.Email, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            }
        }

        var response = await AttemptAsync(NewAddress(), user.Email, Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReadAsync(user.Email))!.LockoutEnd.ShouldBeNull();
    }

    [Fact]
    public async Task SignIn_MadeUpForwardedFor_CountsAsTheConnectionsAddress()
    {
        var user = await CreateTechnicianAsync();
        var address = NewAddress();
        for (var i = 0; i < SignInThrottle.AccountAndAddressLimit; i++)
        {
            await AttemptAsync(address, user.Email, WrongPassword, forwardedFor: NewAddress());
        }

        var response = await AttemptAsync(address, user.Email, WrongPassword, forwardedFor: NewAddress());

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task SignIn_RightPasswordBetweenMistakes_StartsTheCountAgain()
    {
        var user = await CreateTechnicianAsync();
        var address = NewAddress();
        List<HttpStatusCode> statuses = [];

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < SignInThrottle.AccountAndAddressLimit - 1; i++)
            {
                statuses.Add((await AttemptAsync(address, user.Email, WrongPassword)).StatusCode);
            }

            statuses.Add((await AttemptAsync(address, user.Email, Password)).StatusCode);
        }

        statuses.ShouldNotContain(HttpStatusCode.TooManyRequests);
        statuses[^1].ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignIn_ManyAccountsFromOneAddress_IsRefusedPastTheAddressLimit()
    {
        var address = NewAddress();
        List<HttpStatusCode> statuses = [];

        for (var i = 0; i <= SignInThrottle.AddressLimit; i++)
        {
            statuses.Add((await AttemptAsync(address, $"spray-{i}-{Guid.NewGuid():N}@bossremote.test", WrongPassword)).StatusCode);
        }

        statuses[..^1].ShouldAllBe(s => s == HttpStatusCode.BadRequest);
        statuses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static string NewAddress() => $"10.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";

    private async Task<HttpResponseMessage> AttemptAsync(string address, string email, string password, string? forwardedFor = null)
    {
        using var client = AccountForms.CreateClient(factory, address);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return await SignInClient.PostSignInAsync(client, email, password);
    }

    private async Task<int> CountHashChecksAsync(Func<Task> attempt)
    {
        var before = factory.Hasher.Verifications;
        await attempt();
        return factory.Hasher.Verifications - before;
    }

    /// <summary>What the person sees: the status, the message and whether they got a sign-in cookie.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(AccountForms.AuthCookieName, StringComparison.Ordinal));
        return $"{(int)response.StatusCode} {ErrorOf(await response.Content.ReadAsStringAsync())} {(cookie ? "cookie" : "no cookie")}";
    }

    private static string? ErrorOf(string page) => AccountForms.TextOf(page, "login-error");

    private async Task<(string Id, string Email)> CreateTechnicianAsync()
    {
        var email = $"tech-{Guid.NewGuid():N}@bossremote.test";
        var input = new NewUserInput { DisplayName = "Jordan Lee", Email = email, Role = Roles.Technician, Password = Password };
        var created = await AsAdminAsync((s, admin) => s.CreateAsync(admin, input));
        created.Succeeded.ShouldBeTrue(created.Error);
        return ((await ReadAsync(email))!.Id, email);
    }

    /// <summary>Locked for a while, as after wrong two-factor codes.</summary>
    private async Task LockAsync((string Id, string Email) user)
    {
        await using var db = factory.CreateDbContext();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.LockoutEnabled, true)
            .SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1)));
    }

    private async Task DisableAsync((string Id, string Email) user) =>
        (await AsAdminAsync((s, admin) => s.DisableAsync(admin, user.Id))).Succeeded.ShouldBeTrue();

    private async Task<ApplicationUser?> ReadAsync(string email)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
    }

    private async Task<OperationResult> AsAdminAsync(Func<UserAdministrationService, System.Security.Claims.ClaimsPrincipal, Task<OperationResult>> change)
    {
        var admin = await AppScope.DemoUserAsync(factory.Services, DemoUsers.AdminEmail);
        return await AppScope.WithAsync<UserAdministrationService, OperationResult>(factory.Services, s => change(s, admin));
    }

    private static Regex PasswordField() => new("<input[^>]*id=\"password\"[^>]*>");
}
