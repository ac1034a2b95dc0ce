namespace BossRemote.Web.Identity;

/// <summary>What the sign-in pages say; one place, so tests and pages agree on the wording.</summary>
public static class SignInMessages
{
    public const string SignOutRefused = "BossRemote could not confirm that this sign-out came from its own page. Reload the page and sign out again.";
}
