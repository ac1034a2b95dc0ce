using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Users;

/// <summary>
/// A person's own two-factor sign-in with an authenticator app (TOTP through Identity's authenticator support, each code
/// accepted once: <see cref="SingleUseAuthenticatorTokenProvider"/>): set up a key, prove it with a code to turn it on
/// (recovery codes come with it), new recovery codes, turn it off with a code.
/// Turning it on or off ends all the person's sessions and renews the security stamp, so their other browsers are
/// signed out; the caller refreshes the current sign-in (a new session). Both are audited.
/// </summary>
public sealed class TwoFactorService(IServiceScopeFactory scopeFactory, AuditLog audit, IOptions<SignInSecurityOptions> options)
{
    public const int RecoveryCodeCount = 10;

    public async Task<OperationResult<TwoFactorStatus>> GetAsync(ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        if (await users.GetUserAsync(actor) is not { } user)
        {
            return OperationResult<TwoFactorStatus>.Fail(TwoFactorMessages.NotSignedIn);
        }

        var enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = enabled ? null : await users.GetAuthenticatorKeyAsync(user);
        return OperationResult<TwoFactorStatus>.Success(new TwoFactorStatus(
            enabled,
            enabled ? await users.CountRecoveryCodesAsync(user) : 0,
            key is null ? null : AuthenticatorKey.Format(key),
            key is null ? null : AuthenticatorKey.Uri(user.Email ?? user.UserName ?? "", key),
            await IsRequiredAsync(users, user)));
    }

    /// <summary>Creates a new authenticator key for the set-up (renews the security stamp).</summary>
    public async Task<OperationResult> StartAsync(ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        if (await users.GetUserAsync(actor) is not { } user)
        {
            return OperationResult.Fail(TwoFactorMessages.NotSignedIn);
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return OperationResult.Fail(TwoFactorMessages.AlreadyOn);
        }

        var reset = await users.ResetAuthenticatorKeyAsync(user);
        return reset.Succeeded ? OperationResult.Success : OperationResult.Fail(Describe(reset));
    }

    /// <summary>Turns two-factor sign-in on once the app's code proves the key; returns the new recovery codes.</summary>
    public async Task<OperationResult<IReadOnlyList<string>>> EnableAsync(ClaimsPrincipal actor, string code, CancellationToken cancellationToken = default)
    {
        await using var change = await UserChangeScope.BeginAsync(scopeFactory, audit, actor, cancellationToken);
        if (await change.FindAsync(actor.GetUserId()) is not { } user)
        {
            return OperationResult<IReadOnlyList<string>>.Fail(TwoFactorMessages.NotSignedIn);
        }

        if (await change.Users.GetTwoFactorEnabledAsync(user))
        {
            return OperationResult<IReadOnlyList<string>>.Fail(TwoFactorMessages.AlreadyOn);
        }

        if (await change.Users.GetAuthenticatorKeyAsync(user) is null)
        {
            return OperationResult<IReadOnlyList<string>>.Fail(TwoFactorMessages.NotSetUp);
        }

        if (!await IsAuthenticatorCodeAsync(change.Users, user, code))
        {
            return OperationResult<IReadOnlyList<string>>.Fail(TwoFactorMessages.WrongCode);
        }

        IEnumerable<string>? codes = null;
        if (await UserChangeScope.ApplyAsync(
                user.Email ?? "",
                () => change.Users.SetTwoFactorEnabledAsync(user, true),
                () => change.EndSessionsAsync(user, cancellationToken),
                async () => (codes = await change.Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount)) is null
                    ? IdentityResult.Failed()
                    : IdentityResult.Success) is { } error)
        {
            return OperationResult<IReadOnlyList<string>>.Fail(error);
        }

        await change.CommitAsync(AuditActions.TwoFactorEnabled, $"Turned on two-factor sign-in for {Who(user)}", cancellationToken);
        return OperationResult<IReadOnlyList<string>>.Success([.. codes!]);
    }

    /// <summary>Replaces the recovery codes (the old ones stop working).</summary>
    public async Task<OperationResult<IReadOnlyList<string>>> RenewRecoveryCodesAsync(ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        if (await users.GetUserAsync(actor) is not { } user)
        {
            return OperationResult<IReadOnlyList<string>>.Fail(TwoFactorMessages.NotSignedIn);
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return OperationResult<IReadOnlyList<string>>.Fail(TwoFactorMessages.NotOn);
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return OperationResult<IReadOnlyList<string>>.Success([.. codes ?? []]);
    }

    /// <summary>
    /// Turns two-factor sign-in off, asking for a current code first (someone at an unattended browser cannot); the
    /// key and the recovery codes are thrown away.
    /// </summary>
    public async Task<OperationResult> DisableAsync(ClaimsPrincipal actor, string code, CancellationToken cancellationToken = default)
    {
        await using var change = await UserChangeScope.BeginAsync(scopeFactory, audit, actor, cancellationToken);
        if (await change.FindAsync(actor.GetUserId()) is not { } user)
        {
            return OperationResult.Fail(TwoFactorMessages.NotSignedIn);
        }

        if (!await change.Users.GetTwoFactorEnabledAsync(user))
        {
            return OperationResult.Fail(TwoFactorMessages.NotOn);
        }

        if (await IsRequiredAsync(change.Users, user))
        {
            return OperationResult.Fail(TwoFactorMessages.RequiredForAdmins);
        }

        if (!await IsAuthenticatorCodeAsync(change.Users, user, code))
        {
            return OperationResult.Fail(TwoFactorMessages.WrongCode);
        }

        return await UserChangeScope.ApplyAsync(
                user.Email ?? "",
                () => change.Users.SetTwoFactorEnabledAsync(user, false),
                () => change.EndSessionsAsync(user, cancellationToken),
                () => change.Users.ResetAuthenticatorKeyAsync(user),
                async () => await change.Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0) is null ? IdentityResult.Failed() : IdentityResult.Success)
            is { } error
            ? OperationResult.Fail(error)
            : await change.CommitAsync(AuditActions.TwoFactorDisabled, $"Turned off two-factor sign-in for {Who(user)}", cancellationToken);
    }

    /// <summary>The code as people type it (spaces, dashes) checked against the authenticator key.</summary>
    private static Task<bool> IsAuthenticatorCodeAsync(UserManager<ApplicationUser> users, ApplicationUser user, string? code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(code));

    public static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private async Task<bool> IsRequiredAsync(UserManager<ApplicationUser> users, ApplicationUser user) =>
        options.Value.RequireTwoFactorForAdmins && await users.IsInRoleAsync(user, Roles.Admin);

    private static UserManager<ApplicationUser> Users(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private static string Who(ApplicationUser user) => $"{user.DisplayName} <{user.Email}>";
}
