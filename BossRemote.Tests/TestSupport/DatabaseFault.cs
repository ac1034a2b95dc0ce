using Microsoft.Data.Sqlite;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// A SQLite database that refuses writes to one table, set up from outside the running app as a failing disk or a
/// broken schema would look to it: a trigger that aborts the statement. Disposing lifts the fault.
/// </summary>
public sealed class DatabaseFault : IAsyncDisposable
{
    public const string Reason = "simulated database failure";

    private readonly string _connectionString;
    private readonly string _trigger;

    private DatabaseFault(string connectionString, string trigger)
    {
        _connectionString = connectionString;
        _trigger = trigger;
    }

    /// <summary>Every <paramref name="operation"/> (<c>INSERT</c>, <c>UPDATE</c>) on <paramref name="table"/> fails from now on.</summary>
    public static async Task<DatabaseFault> RefuseAsync(string sqliteFile, string table, string operation)
    {
        var fault = new DatabaseFault($"Data Source={sqliteFile};Pooling=False", $"fault_{Guid.NewGuid():N}");
        await fault.ExecuteAsync($"""CREATE TRIGGER "{fault._trigger}" BEFORE {operation} ON "{table}" BEGIN SELECT RAISE(ABORT, '{Reason}'); END;""");
        return fault;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"""DROP TRIGGER IF EXISTS "{_trigger}";""");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
