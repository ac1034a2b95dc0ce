namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>The app on a fresh PostgreSQL database of its own, for class fixtures of tests that run on both providers.</summary>
public sealed class PostgresWebFactory : BossRemoteWebFactory
{
    public PostgresWebFactory() => UsePostgres();
}
