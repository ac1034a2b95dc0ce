namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary><see cref="SignInTestFactory"/> with <c>Identity__RequireTwoFactorForAdmins=true</c>.</summary>
public sealed class RequiredTwoFactorFactory : SignInTestFactory
{
    public RequiredTwoFactorFactory() => WithSetting("Identity:RequireTwoFactorForAdmins", "true");
}
