using Npgsql;

namespace BossRemote.Tests.TestSupport;

/// <summary>Creates and drops throwaway databases on the test run's PostgreSQL server (one per test class or app).</summary>
public static class PostgresDatabases
{
    /// <summary>A new empty database; returns its connection string.</summary>
    public static async Task<string> CreateAsync(string name)
    {
        await using var connection = await OpenServerAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(TestServices.Postgres) { Database = name }.ToString();
    }

    /// <summary>Drops the database, ending whatever still holds a connection to it.</summary>
    public static async Task DropAsync(string name)
    {
        await using var connection = await OpenServerAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestServices.Postgres) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
