namespace BossRemote.Web.Identity;

/// <summary>An endpoint an admin without two-factor sign-in may still reach when it is required (its set-up, sign-out).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
