namespace BossRemote.Core.Users;

/// <summary>What people read about two-factor sign-in; one place, so tests and pages agree on the wording.</summary>
public static class TwoFactorMessages
{
    public const string WrongCode = "That code is not right. Enter the 6-digit code your authenticator app shows now.";

    public const string NotSetUp = "Start the set-up first: BossRemote has no key for your authenticator app yet.";

    public const string AlreadyOn = "Two-factor sign-in is already on.";

    public const string NotOn = "Two-factor sign-in is not on.";

    public const string RequiredForAdmins = "Two-factor sign-in is required for admins in this installation, so it cannot be turned off.";

    public const string NotSignedIn = "Sign in again, then try once more.";
}
