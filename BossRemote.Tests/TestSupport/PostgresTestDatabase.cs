using BossRemote.Core.Data;
using Npgsql;

namespace BossRemote.Tests.TestSupport;

/// <summary>A <see cref="TestDatabase"/>: a database of its own on the test run's PostgreSQL server, dropped at the end.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _name = "bossremote_test_" + Guid.NewGuid().ToString("N");

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(TestServices.Postgres) { Database = _name }.ToString();

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresDatabases.DropAsync(_name);
    }

    protected override Task CreateAsync() => PostgresDatabases.CreateAsync(_name);
}
