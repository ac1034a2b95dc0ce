namespace BossRemote.Core.Identity;

/// <summary>
/// A disabled account is an Identity lockout that never ends, so every sign-in path (the form, the cookie's
/// revalidation) already refuses it. A lockout after wrong two-factor codes ends within minutes, which tells the two apart.
/// </summary>
public static class UserLockout
{
    public static DateTimeOffset DisabledUntil { get; } = DateTimeOffset.MaxValue;

    /// <summary>Anything this far out was set by an admin, not by failed attempts.</summary>
    private static readonly DateTimeOffset DisabledFrom = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd >= DisabledFrom;

    public static UserAccountStatus StatusOf(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        IsDisabled(lockoutEnd) ? UserAccountStatus.Disabled
        : lockoutEnd > now ? UserAccountStatus.LockedOut
        : UserAccountStatus.Active;
}
