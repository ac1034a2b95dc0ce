namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary><see cref="SignInTestFactory"/> on a fresh PostgreSQL database.</summary>
public sealed class SignInTestPostgresFactory : SignInTestFactory
{
    public SignInTestPostgresFactory() => UsePostgres();
}
