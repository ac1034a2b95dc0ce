namespace BossRemote.Web.Identity;

/// <summary>Marks a sign-in form whose POSTs <see cref="SignInThrottling"/> limits per account and address.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThrottleSignInAttribute : Attribute;
