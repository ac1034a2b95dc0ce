using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports;

/// <summary>
/// Builds the <see cref="SessionRollup"/> rows from the cases and their tickets in one statement: the migration that adds
/// the table runs it (so an upgraded database reports right at once), and so does anything that fills the cases
/// around EF (the benchmark's bulk load). The only engine difference is the UTC day of a start time
/// (<see cref="DatabaseProviderExtensions.UtcDayNumberSql"/>).
/// </summary>
public static class SessionRollupBackfill
{
    /// <summary>The INSERT … SELECT that fills an empty rollup table on <paramref name="provider"/>.</summary>
    public static string Sql(DatabaseProvider provider)
    {
        var day = DatabaseProviderExtensions.UtcDayNumberSql(provider, "c.\"CreatedAt\"", month: false);
        var month = DatabaseProviderExtensions.UtcDayNumberSql(provider, "c.\"CreatedAt\"", month: true);
        return $"""
            WITH "Kinds" ("Kind") AS (VALUES (0), (1), (2), (3), (4)),
                 "Scopes" ("All") AS (VALUES (0), (1)),
                 "Grains" ("Grain") AS (VALUES (0), (1))
            INSERT INTO "SessionRollups" ("TechnicianId", "Grain", "Day", "Kind", "Value", "Sessions", "DurationTicks", "ConnectedSessions", "ConnectedSeconds")
            SELECT CASE WHEN s."All" = 1 THEN '' ELSE c."CreatedById" END,
                   g."Grain",
                   CASE g."Grain" WHEN 0 THEN {day} ELSE {month} END,
                   k."Kind",
                   CASE k."Kind" WHEN 0 THEN c."State" WHEN 1 THEN t."CategoryId" WHEN 2 THEN t."Type" WHEN 3 THEN t."Priority" ELSE t."Source" END,
                   COUNT(*), COALESCE(SUM(c."DurationTicks"), 0), COUNT(c."ConnectedSeconds"), COALESCE(SUM(c."ConnectedSeconds"), 0)
            FROM "ServiceCases" AS c
            JOIN "Tickets" AS t ON t."Id" = c."TicketId"
            CROSS JOIN "Kinds" AS k
            CROSS JOIN "Scopes" AS s
            CROSS JOIN "Grains" AS g
            WHERE c."State" IN (2, 3) AND ((k."Kind" = 0 AND s."All" = 0) OR (k."Kind" > 0 AND c."State" = 2))
            GROUP BY 1, 2, 3, 4, 5
            """;
    }

    /// <summary>Empties the rollup and builds it again from the cases, in one transaction.</summary>
    public static async Task RebuildAsync(BossRemoteDbContext db, CancellationToken cancellationToken = default)
    {
        var provider = DatabaseProviderExtensions.ProviderOf(db.Database);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"SessionRollups\"", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Sql(provider), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
