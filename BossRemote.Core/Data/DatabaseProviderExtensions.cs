using BossRemote.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Configuration;

namespace BossRemote.Core.Data;

/// <summary>
/// The one place that knows which database engine is in use (ADR-003, ADR-012): how each context connects, where its
/// migrations live (one set per provider, in <c>BossRemote.Migrations.Sqlite</c> and <c>BossRemote.Migrations.Postgres</c>),
/// and the few things the engines do differently. Queries stay the same on both.
/// </summary>
public static class DatabaseProviderExtensions
{
    public const string DefaultSqliteFileName = "bossremote.db";

    /// <summary>The TeamViewer simulator's own file on SQLite (ADR-007).</summary>
    public const string SimulatorSqliteFileName = "teamviewer-simulator.db";

    /// <summary>On PostgreSQL the simulator keeps its tables, and its migration history, in a schema of its own.</summary>
    public const string SimulatorSchema = "teamviewer_simulator";

    public const string SqliteMigrationsAssembly = "BossRemote.Migrations.Sqlite";

    public const string PostgresMigrationsAssembly = "BossRemote.Migrations.Postgres";

    /// <summary>The help desk's connection string: <c>ConnectionStrings__BossRemote</c>, or on SQLite a file in the data folder.</summary>
    public static string ConnectionString(DatabaseOptions options, IConfiguration configuration, DataDirectory dataDirectory)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => string.IsNullOrWhiteSpace(configured) ? $"Data Source={dataDirectory.PathFor(DefaultSqliteFileName)}" : configured,
            _ => string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException(
                    $"Database__Provider is {options.Provider}: set ConnectionStrings__{DatabaseOptions.ConnectionStringName} to the PostgreSQL server, e.g. \"Host=127.0.0.1;Port=5432;Database=bossremote;Username=bossremote;Password=…\".")
                : configured,
        };
    }

    /// <summary>The simulator's: its own file on SQLite; on PostgreSQL the help desk's database (its own schema).</summary>
    public static string SimulatorConnectionString(DatabaseOptions options, IConfiguration configuration, DataDirectory dataDirectory) =>
        options.Provider == DatabaseProvider.Sqlite
            ? $"Data Source={dataDirectory.PathFor(SimulatorSqliteFileName)}"
            : ConnectionString(options, configuration, dataDirectory);

    public static DbContextOptionsBuilder UseBossRemoteDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, postgres => postgres.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new NotSupportedException($"Database provider '{provider}' is not supported; use Sqlite or Postgres."),
        };

    public static DbContextOptionsBuilder UseSimulatorDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, postgres => postgres
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .MigrationsHistoryTable("__EFMigrationsHistory", SimulatorSchema)),
            _ => throw new NotSupportedException($"Database provider '{provider}' is not supported; use Sqlite or Postgres."),
        };

    /// <summary>The engine a context runs on.</summary>
    public static DatabaseProvider ProviderOf(DatabaseFacade database) => database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>
    /// SQL for the UTC day of a stored time, or the first day of its UTC month, as days since 1970-01-01 (the session
    /// rollup's <c>Day</c>, ADR-018): SQLite stores "yyyy-MM-dd HH:mm:ss.FFFFFFF" text, whose date's julianday is exact
    /// (2440587.5 is 1970-01-01); PostgreSQL a timestamptz.
    /// </summary>
    public static string UtcDayNumberSql(DatabaseProvider provider, string column, bool month) => provider switch
    {
        DatabaseProvider.Sqlite when month => $"CAST(julianday(substr({column}, 1, 7) || '-01') - 2440587.5 AS INTEGER)",
        DatabaseProvider.Sqlite => $"CAST(julianday(substr({column}, 1, 10)) - 2440587.5 AS INTEGER)",
        DatabaseProvider.Postgres when month => $"(CAST(date_trunc('month', {column} AT TIME ZONE 'UTC') AS date) - DATE '1970-01-01')",
        DatabaseProvider.Postgres => $"(CAST({column} AT TIME ZONE 'UTC' AS date) - DATE '1970-01-01')",
        _ => throw new NotSupportedException($"Database provider '{provider}' is not supported; use Sqlite or Postgres."),
    };

    /// <summary>The schema a model's tables go to: the simulator's own on PostgreSQL, the default elsewhere.</summary>
    public static string? SimulatorSchemaFor(DatabaseFacade database) => database.IsNpgsql() ? SimulatorSchema : null;

    /// <summary>
    /// Holds the database's start-up lock until disposed, so instances starting together migrate and seed one after the
    /// other (a reference-data seeder that checks, then inserts, would otherwise collide with itself). On PostgreSQL a
    /// session advisory lock on a connection of its own; on SQLite (one machine) nothing.
    /// </summary>
    public static async Task<IAsyncDisposable> AcquireStartupLockAsync(BossRemoteDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return db;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtext({StartupLock}))", cancellationToken);
        return db; // disposing the context closes its connection, which ends the session and its lock
    }

    private const string StartupLock = "bossremote:startup";

    /// <summary>
    /// SQLite files made before names were compared through an upper-cased key keep the column's NOCASE collation, so
    /// no table rebuild is needed; elsewhere the column has the default collation (the key does the comparing).
    /// </summary>
    public static void KeepSqliteNoCaseCollation(DatabaseFacade database, PropertyBuilder<string> property)
    {
        if (database.IsSqlite())
        {
            property.UseCollation("NOCASE");
        }
    }

    /// <summary>
    /// Serialises writers that check a rule and then change data on it (the last enabled admin, the simulator's unique
    /// names): inside the caller's transaction, only one holder of <paramref name="name"/> at a time until it ends. On
    /// SQLite the transaction already holds the database's write lock (<c>BEGIN IMMEDIATE</c>); on PostgreSQL, whose
    /// read committed isolation would let two such transactions both pass the check, a transaction-scoped advisory lock.
    /// </summary>
    public static async Task LockForWriteAsync(this DatabaseFacade database, string name, CancellationToken cancellationToken)
    {
        if (database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A write lock is taken inside a transaction; begin one first.");
        }

        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({name}))", cancellationToken);
        }
    }
}
