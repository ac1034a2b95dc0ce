using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Web.Identity;

/// <summary>
/// The password step of the sign-in form (OWASP ASVS 2.2, 3.x; ADR-015). It tells nobody without the password whether
/// an account exists or how it stands: an unknown account, a wrong password, and a locked or disabled account with a
/// wrong password all fail alike, after the same password-hash work (an unknown account is checked against a dummy
/// hash). Only the right password learns that its account is disabled or locked. Wrong passwords never lock an account
/// (<c>lockoutOnFailure: false</c>): anyone could lock the admin out that way; <see cref="SignInThrottling"/> stops
/// guessing instead.
/// </summary>
internal sealed class PasswordSignIn(SignInManager<ApplicationUser> signInManager)
{
    /// <summary>A hash of a random password, made once with the app's own hasher, so checking against it costs the same.</summary>
    private static string? _dummyHash;

    public async Task<PasswordSignInOutcome> SignInAsync(string email, string password)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByNameAsync(email);
        if (user?.PasswordHash is null)
        {
            var nobody = new ApplicationUser();
            _dummyHash ??= users.PasswordHasher.HashPassword(nobody, Guid.NewGuid().ToString("N"));
            users.PasswordHasher.VerifyHashedPassword(nobody, _dummyHash, password);
            return PasswordSignInOutcome.Failed;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            return PasswordSignInOutcome.Failed;
        }

        if (UserLockout.IsDisabled(user.LockoutEnd))
        {
            return PasswordSignInOutcome.Disabled;
        }

        if (await users.IsLockedOutAsync(user))
        {
            return PasswordSignInOutcome.LockedOut;
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        return result.Succeeded ? PasswordSignInOutcome.Succeeded
            : result.RequiresTwoFactor ? PasswordSignInOutcome.RequiresTwoFactor
            : result.IsLockedOut ? PasswordSignInOutcome.LockedOut
            : PasswordSignInOutcome.Failed;
    }
}
