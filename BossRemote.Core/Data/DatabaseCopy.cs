using BossRemote.Core.TeamViewerSimulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BossRemote.Core.Data;

/// <summary>
/// Moves a one-machine installation to PostgreSQL (SPEC §6, ADR-013): everything in the help desk's SQLite database —
/// tickets, cases, people and their passwords, settings with the encrypted TeamViewer token, and the Data Protection
/// key ring that decrypts it — and the TeamViewer simulator's database, into an empty PostgreSQL database, keys and all.
/// The source is opened read-only. The target is checked before anything is written, migrated with the app's own
/// migrations, then filled in one transaction: a failure part-way leaves it with its tables and no rows.
/// </summary>
public static class DatabaseCopy
{
    /// <summary>Copies <paramref name="source"/> into the database <paramref name="targetConnectionString"/> names.</summary>
    /// <exception cref="DatabaseCopyRefusedException">The source is missing or not up to date, or the target holds rows.</exception>
    public static async Task<DatabaseCopyReport> ToPostgresAsync(
        DatabaseCopySource source, string targetConnectionString, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(source.HelpDeskFile))
        {
            throw new DatabaseCopyRefusedException(
                $"There is no BossRemote database at {source.HelpDeskFile}. Run the command beside the installation, with the data folder (BossRemote__DataDirectory) or ConnectionStrings__BossRemote the app uses. Nothing was written.");
        }

        await using var helpDeskSource = HelpDesk(DatabaseProvider.Sqlite, DatabaseCopySource.ReadOnly(source.HelpDeskConnectionString));
        await using var simulatorSource = File.Exists(source.SimulatorFile)
            ? Simulator(DatabaseProvider.Sqlite, DatabaseCopySource.ReadOnly(source.SimulatorConnectionString))
            : null;
        await SourceCheck.EnsureUpToDateAsync(helpDeskSource, source.HelpDeskFile, cancellationToken);
        if (simulatorSource is not null)
        {
            await SourceCheck.EnsureUpToDateAsync(simulatorSource, source.SimulatorFile, cancellationToken);
        }

        // Both target contexts share one connection, so one transaction covers the help desk and the simulator.
        await using var helpDesk = HelpDesk(DatabaseProvider.Postgres, targetConnectionString);
        await using var simulator = Simulator(DatabaseProvider.Postgres, targetConnectionString);
        simulator.Database.SetDbConnection(helpDesk.Database.GetDbConnection(), contextOwnsConnection: false);

        await EnsureEmptyAsync(helpDesk, simulator, cancellationToken); // before migrating: a refused target is left as it was
        await helpDesk.Database.MigrateAsync(cancellationToken);
        await simulator.Database.MigrateAsync(cancellationToken);

        await using var transaction = await helpDesk.Database.BeginTransactionAsync(cancellationToken);
        await simulator.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        await EnsureEmptyAsync(helpDesk, simulator, cancellationToken);
        List<CopiedTable> tables = [.. await CopyModelAsync(helpDeskSource, helpDesk, cancellationToken)];
        if (simulatorSource is not null)
        {
            tables.AddRange(await CopyModelAsync(simulatorSource, simulator, cancellationToken));
        }

        await PostgresTarget.ResetIdentitySequencesAsync(helpDesk, cancellationToken);
        await PostgresTarget.ResetIdentitySequencesAsync(simulator, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DatabaseCopyReport(tables, simulatorSource is not null);
    }

    private static async Task EnsureEmptyAsync(BossRemoteDbContext helpDesk, SimulatorDbContext simulator, CancellationToken cancellationToken)
    {
        List<string> filled =
        [
            .. await PostgresTarget.NonEmptyTablesAsync(helpDesk, cancellationToken),
            .. await PostgresTarget.NonEmptyTablesAsync(simulator, cancellationToken),
        ];
        if (filled.Count > 0)
        {
            throw new DatabaseCopyRefusedException(
                $"The PostgreSQL database is not empty: {string.Join(", ", filled.Order(StringComparer.Ordinal))} already hold rows. Copy into a new, empty database that BossRemote has never started on (its first start adds roles and categories). Nothing was written.");
        }
    }

    private static async Task<List<CopiedTable>> CopyModelAsync(DbContext source, DbContext target, CancellationToken cancellationToken)
    {
        var tables = new List<CopiedTable>();
        foreach (var type in ForeignKeyOrder.Of(target.Model))
        {
            var rows = await TableCopy.CopyAsync(source, target, source.Model.FindEntityType(type.Name)!, TableCopy.BatchSize, cancellationToken);
            tables.Add(new CopiedTable(PostgresTarget.DisplayName(type), rows));
        }

        return tables;
    }

    private static BossRemoteDbContext HelpDesk(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<BossRemoteDbContext>();
        options.UseBossRemoteDatabase(provider, connectionString);
        var db = new BossRemoteDbContext(options.Options) { KeepsSessionRollups = false };
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    private static SimulatorDbContext Simulator(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<SimulatorDbContext>();
        options.UseSimulatorDatabase(provider, connectionString);
        var db = new SimulatorDbContext(options.Options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }
}
