using System.Diagnostics;
using System.Globalization;
using BossRemote.Core.Data;
using BossRemote.Core.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Benchmarks;

/// <summary>
/// <see cref="BenchmarkData"/> in a SQLite file with the product's schema and indexes (its migrations run first),
/// inserted with prepared commands in one transaction, then the report rollup backfilled.
/// </summary>
public sealed class SqliteBenchmarkDatabase(BenchmarkOptions options) : IBenchmarkDatabase
{
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public string ConnectionString { get; } = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath }.ToString();

    public DbContextOptions<BossRemoteDbContext> ContextOptions
    {
        get
        {
            var builder = new DbContextOptionsBuilder<BossRemoteDbContext>();
            builder.UseBossRemoteDatabase(DatabaseProvider.Sqlite, ConnectionString);
            return builder.Options;
        }
    }

    public IHandWrittenReport HandWrittenReport => new HandWrittenSqliteReport(ConnectionString);

    public async Task EnsureAsync()
    {
        if (!options.Rebuild && await IsCurrentAsync())
        {
            Console.WriteLine($"Reusing {options.DatabasePath} ({options.Cases:N0} cases). Pass --rebuild to build it again.");
            return;
        }

        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(options.DatabasePath)!);
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(options.DatabasePath + suffix);
        }

        var watch = Stopwatch.StartNew();
        await using (var db = new BossRemoteDbContext(ContextOptions))
        {
            await db.Database.MigrateAsync();
        }

        var data = new BenchmarkData(options.Cases);
        var categoryIds = await BenchmarkReferenceData.AddAsync(ContextOptions, data);
        await InsertTicketsAndCasesAsync(data, categoryIds);
        Console.WriteLine($"Built {options.DatabasePath}: {options.Cases:N0} cases, {data.TicketCount:N0} tickets in {watch.Elapsed.TotalSeconds:F1} s.");
    }

    public async Task<string> DescribeAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return $"SQLite {connection.ServerVersion}";
    }

    /// <summary>Exactly as EF Core's SQLite provider writes a <see cref="DateTime"/>, so comparisons match.</summary>
    public static string Text(DateTime utc) => utc.ToString(DateFormat, CultureInfo.InvariantCulture);

    private async Task<bool> IsCurrentAsync()
    {
        if (!File.Exists(options.DatabasePath))
        {
            return false;
        }

        await using var db = new BossRemoteDbContext(ContextOptions);
        return !(await db.Database.GetPendingMigrationsAsync()).Any()
            && await db.ServiceCases.LongCountAsync() == options.Cases;
    }

    private async Task InsertTicketsAndCasesAsync(BenchmarkData data, IReadOnlyList<int> categoryIds)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await SqliteBulk.ExecuteAsync(connection, "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -200000;");
        await using var transaction = connection.BeginTransaction();
        await using (var command = SqliteBulk.Prepare(connection, transaction, "Tickets",
            "Id", "Number", "Subject", "Description", "RequesterName", "RequesterEmail", "AssignedTechnicianId", "CategoryId",
            "Type", "Priority", "Source", "Status", "CreatedAt", "UpdatedAt", "ClosedAt", "Version"))
        {
            foreach (var t in data.Tickets(categoryIds))
            {
                SqliteBulk.Bind(command, t.Id, t.Number, t.Subject, t.Description, t.RequesterName, t.RequesterEmail,
                    t.AssignedTechnicianId, t.CategoryId, t.Type, t.Priority, t.Source, t.Status,
                    Text(t.CreatedAt), Text(t.UpdatedAt), Text(t.ClosedAt), 1);
                command.ExecuteNonQuery();
            }
        }

        await using (var command = SqliteBulk.Prepare(connection, transaction, "ServiceCases",
            "Id", "TicketId", "State", "SessionCode", "SupporterLink", "WebClientSupporterLink", "CustomerLink", "GroupId",
            "Reference", "CreatedById", "CreatedByName", "CreatedAt", "ValidUntil", "EndedAt", "DurationTicks", "EndedByName",
            "ClosedLocallyOnly", "CustomerOnline", "CustomerOnlineChangedAt", "ConnectedSeconds", "Version"))
        {
            foreach (var c in data.Cases())
            {
                SqliteBulk.Bind(command, c.Id, c.TicketId, c.State, c.SessionCode, c.SupporterLink, c.WebClientSupporterLink,
                    c.CustomerLink, c.GroupId, c.Reference, c.CreatedById, c.CreatedByName, Text(c.CreatedAt), Text(c.ValidUntil),
                    c.EndedAt is { } ended ? Text(ended) : null, c.DurationTicks, c.EndedByName,
                    0, 0, null, c.ConnectedSeconds, BenchmarkCase.Version);
                command.ExecuteNonQuery();
            }
        }

        // The rows went in around EF, so the report's rollup is built the way the migration backfills it (ADR-018).
        await using (var backfill = connection.CreateCommand())
        {
            backfill.Transaction = transaction;
            backfill.CommandText = SessionRollupBackfill.Sql(DatabaseProvider.Sqlite);
            await backfill.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await SqliteBulk.ExecuteAsync(connection, "PRAGMA journal_mode = DELETE;");
    }
}
