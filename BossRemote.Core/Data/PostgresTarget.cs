using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BossRemote.Core.Data;

/// <summary>
/// What the copier asks of the PostgreSQL side beyond EF's own queries: which of a model's tables already hold rows
/// (asked before migrating, so a table may not exist yet), and moving identity sequences past the keys it copied.
/// PostgreSQL-only SQL, kept here with the copier rather than in the queries the app runs on both engines.
/// </summary>
internal static class PostgresTarget
{
    /// <summary>The tables of <paramref name="db"/>'s model that exist and are not empty (<see cref="DisplayName"/>s).</summary>
    public static async Task<IReadOnlyList<string>> NonEmptyTablesAsync(DbContext db, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var filled = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().DistinctBy(DisplayName))
        {
            var table = sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
            var exists = await db.Database.SqlQueryRaw<bool>("SELECT to_regclass({0}) IS NOT NULL AS \"Value\"", table)
                .SingleAsync(cancellationToken);
            var anyRow = $"SELECT EXISTS (SELECT 1 FROM {table}) AS \"Value\""; // our own model's names, quoted
            if (exists && await db.Database.SqlQueryRaw<bool>(anyRow).SingleAsync(cancellationToken))
            {
                filled.Add(DisplayName(type));
            }
        }

        return filled;
    }

    /// <summary>
    /// Rows were inserted with their own keys, which leaves an identity column's sequence at its start: the next row the
    /// app adds would collide. Each sequence is set so that its next value is one past the largest key.
    /// </summary>
    public static async Task ResetIdentitySequencesAsync(DbContext db, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var type in db.Model.GetEntityTypes())
        {
            foreach (var key in type.FindPrimaryKey()?.Properties.Where(HasSequence) ?? [])
            {
                var table = sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
                var column = key.GetColumnName();
                var setval = $"SELECT setval(pg_get_serial_sequence({{0}}, {{1}}), COALESCE((SELECT MAX({sql.DelimitIdentifier(column)}) FROM {table}), 0) + 1, false)";
                await db.Database.ExecuteSqlRawAsync(setval, [table, column], cancellationToken);
            }
        }
    }

    /// <summary>The table as people name it: <c>Tickets</c>, <c>teamviewer_simulator.Sessions</c>.</summary>
    public static string DisplayName(IEntityType type) =>
        type.GetSchema() is { } schema ? $"{schema}.{type.GetTableName()}" : type.GetTableName()!;

    private static bool HasSequence(IProperty property) =>
        NpgsqlPropertyExtensions.GetValueGenerationStrategy(property) is NpgsqlValueGenerationStrategy.IdentityByDefaultColumn or NpgsqlValueGenerationStrategy.SerialColumn;
}
