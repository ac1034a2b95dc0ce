using System.Diagnostics;
using BossRemote.Core.Data;
using BossRemote.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BossRemote.Benchmarks;

/// <summary>
/// <see cref="BenchmarkData"/> in a PostgreSQL database of its own — the one named in the connection string, or
/// <see cref="DefaultDatabaseName"/> — with the product's schema and indexes (its migrations run first), filled by binary
/// COPY and then vacuumed and analysed. The database is the benchmark's: it is dropped and built again when it does not
/// hold N cases, so the benchmark marks the databases it creates and refuses to drop one without its mark.
/// </summary>
public sealed class PostgresBenchmarkDatabase : IBenchmarkDatabase
{
    public const string DefaultDatabaseName = "bossremote_bench";

    private const string Mark = "Made by BossRemote.Benchmarks, which drops and rebuilds it.";

    private readonly BenchmarkOptions _options;
    private readonly string _maintenance;

    public PostgresBenchmarkDatabase(BenchmarkOptions options, string serverConnectionString)
    {
        _options = options;
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString);
        DatabaseName = string.IsNullOrEmpty(builder.Database) ? DefaultDatabaseName : builder.Database;
        builder.Database = DatabaseName;
        ConnectionString = builder.ConnectionString;
        builder.Database = "postgres";
        _maintenance = builder.ConnectionString;
    }

    public string DatabaseName { get; }

    public string ConnectionString { get; }

    public DbContextOptions<BossRemoteDbContext> ContextOptions
    {
        get
        {
            var builder = new DbContextOptionsBuilder<BossRemoteDbContext>();
            builder.UseBossRemoteDatabase(DatabaseProvider.Postgres, ConnectionString);
            return builder.Options;
        }
    }

    public IHandWrittenReport HandWrittenReport => new HandWrittenPostgresReport(ConnectionString);

    public async Task EnsureAsync()
    {
        var mark = await MarkAsync();
        if (mark is not null && !_options.Rebuild && await IsCurrentAsync())
        {
            Console.WriteLine($"Reusing database {DatabaseName} ({_options.Cases:N0} cases). Pass --rebuild to build it again.");
            return;
        }

        if (mark is not null && mark != Mark)
        {
            throw new InvalidOperationException(
                $"Database {DatabaseName} exists and was not made by the benchmark; name another one (Database=… in --connection) or drop it yourself.");
        }

        var watch = Stopwatch.StartNew();
        await RecreateAsync(dropFirst: mark is not null);
        await using (var db = new BossRemoteDbContext(ContextOptions))
        {
            await db.Database.MigrateAsync();
        }

        var data = new BenchmarkData(_options.Cases);
        var categoryIds = await BenchmarkReferenceData.AddAsync(ContextOptions, data);
        await CopyTicketsAndCasesAsync(data, categoryIds);
        var copied = watch.Elapsed;

        // VACUUM rather than only ANALYZE: it also sets the visibility map, without which PostgreSQL cannot answer from
        // the covering indexes alone (every row is checked in the table). A table filled over three years has long been
        // vacuumed by autovacuum; done here, autovacuum does not start on the fresh rows in the middle of the timing.
        await ExecuteAsync(ConnectionString, "VACUUM (ANALYZE)");
        Console.WriteLine($"Built database {DatabaseName}: {_options.Cases:N0} cases, {data.TicketCount:N0} tickets in " +
            $"{watch.Elapsed.TotalSeconds:F1} s (of which VACUUM ANALYZE {(watch.Elapsed - copied).TotalSeconds:F1} s).");
    }

    public async Task<string> DescribeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return $"PostgreSQL {connection.ServerVersion}";
    }

    /// <summary>The database's comment, "" when it has none, null when there is no such database.</summary>
    private async Task<string?> MarkAsync()
    {
        await using var connection = new NpgsqlConnection(_maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", DatabaseName);
        return (string?)await command.ExecuteScalarAsync();
    }

    private async Task<bool> IsCurrentAsync()
    {
        await using var db = new BossRemoteDbContext(ContextOptions);
        return !(await db.Database.GetPendingMigrationsAsync()).Any()
            && await db.ServiceCases.LongCountAsync() == _options.Cases;
    }

    private async Task RecreateAsync(bool dropFirst)
    {
        var name = $"\"{DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        NpgsqlConnection.ClearAllPools();
        if (dropFirst)
        {
            await ExecuteAsync(_maintenance, $"DROP DATABASE {name} WITH (FORCE)");
        }

        await ExecuteAsync(_maintenance, $"CREATE DATABASE {name}");
        await ExecuteAsync(_maintenance, $"COMMENT ON DATABASE {name} IS '{Mark}'");
    }

    private async Task CopyTicketsAndCasesAsync(BenchmarkData data, IReadOnlyList<int> categoryIds)
    {
        // No command timeout: a million rows through the product's indexes take longer than the default 30 s.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await PostgresBulk.CopyTicketsAsync(connection, data.Tickets(categoryIds));
        await PostgresBulk.CopyCasesAsync(connection, data.Cases());
        await PostgresBulk.ResetIdentityAsync(connection, "Tickets");
        await PostgresBulk.ResetIdentityAsync(connection, "ServiceCases");
        // The rows went in around EF, so the report's rollup is built the way the migration backfills it (ADR-018).
        await using (var backfill = new NpgsqlCommand(SessionRollupBackfill.Sql(DatabaseProvider.Postgres), connection, transaction))
        {
            await backfill.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
