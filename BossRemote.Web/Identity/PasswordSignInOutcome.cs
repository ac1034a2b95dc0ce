namespace BossRemote.Web.Identity;

/// <summary>What the password step of the sign-in form decided.</summary>
public enum PasswordSignInOutcome
{
    /// <summary>Signed in.</summary>
    Succeeded,

    /// <summary>The password was right; the authenticator code comes next.</summary>
    RequiresTwoFactor,

    /// <summary>Unknown account or wrong password (also for locked and disabled accounts): one answer for all.</summary>
    Failed,

    /// <summary>The right password for an account locked after wrong two-factor codes.</summary>
    LockedOut,

    /// <summary>The right password for an account an admin disabled (ADR-011).</summary>
    Disabled,
}
