namespace BossRemote.Core.Identity;

/// <summary>Whether a person can sign in.</summary>
public enum UserAccountStatus
{
    Active,

    /// <summary>Locked for a while after too many wrong two-factor codes; unlocks by itself.</summary>
    LockedOut,

    /// <summary>Turned off by an admin until an admin turns it on again.</summary>
    Disabled,
}
