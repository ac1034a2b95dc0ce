using BossRemote.Core.Identity;

namespace BossRemote.Core.Users;

/// <summary>What admins read on the users page; one place, so tests and UI agree on the wording.</summary>
public static class UserAdministrationMessages
{
    public const string NotFound = "That user no longer exists. Reload the page.";

    public const string UnknownRole = "Choose a role: Technician, Admin or Supervisor.";

    public const string PasswordRequired = "Enter a new password.";

    public const string CannotDisableSelf = "You cannot disable your own account. Ask another admin to do it.";

    public const string CannotChangeOwnRole = "You cannot change your own role. Ask another admin to do it.";

    public const string InvalidEmailAsUserName = "BossRemote cannot use this e-mail address as a sign-in name. Use letters, digits and . _ - + @ only.";

    public const string DisabledSignIn = "This account has been disabled. Ask an administrator to enable it again.";

    public static string DuplicateEmail(string email) => $"Another user already signs in with {email}.";

    public static string LastAdmin(string displayName) =>
        $"{displayName} is the last enabled admin. Make someone else an admin first, or nobody could manage BossRemote.";
}
