namespace BossRemote.Web.Identity;

/// <summary>What the sign-in pages say; one place, so tests and pages agree on the wording.</summary>
public static class SignInMessages
{
    /// <summary>The one answer for an unknown account, a wrong password, and a locked or disabled account with a wrong password.</summary>
    public const string Failed = "The e-mail address or password is not right.";

    public const string LockedOut = "This account is locked for a while after too many wrong codes. Try again in 15 minutes or ask an administrator.";

    public const string Throttled = "Too many sign-in attempts. Wait a few minutes, then try again.";

    public const string TwoFactorExpired = "Your sign-in took too long. Enter your e-mail address and password again.";

    public const string SignOutRefused = "BossRemote could not confirm that this sign-out came from its own page. Reload the page and sign out again.";
}
