using System.Globalization;
using BossRemote.Core.Reports;
using Npgsql;
using NpgsqlTypes;

namespace BossRemote.Benchmarks;

/// <summary>
/// The PostgreSQL baseline, the same shape as the SQLite one: the cases in range grouped once by technician and once by
/// the four ticket fields, then rolled up. Durations come from the stored times, not from <c>DurationTicks</c>:
/// <c>EXTRACT(EPOCH FROM EndedAt − CreatedAt)</c> is an exact numeric, summed exactly and rounded once per line with
/// <c>round()</c>, which rounds half away from zero as <see cref="SessionMath"/> does.
/// </summary>
public sealed class HandWrittenPostgresReport(string connectionString) : IHandWrittenReport
{
    private const string Sql = """
        WITH scope AS (
            SELECT "CreatedById", "State", "TicketId", "ConnectedSeconds",
                   EXTRACT(EPOCH FROM "EndedAt" - "CreatedAt") AS seconds
            FROM "ServiceCases"
            WHERE "CreatedAt" >= @start AND "CreatedAt" < @end AND "State" IN (2, 3) {0}
        ),
        fields AS MATERIALIZED (
            SELECT t."CategoryId", t."Type", t."Priority", t."Source", count(*) AS sessions, sum(s.seconds) AS seconds
            FROM scope AS s JOIN "Tickets" AS t ON t."Id" = s."TicketId"
            WHERE s."State" = 2
            GROUP BY t."CategoryId", t."Type", t."Priority", t."Source"
        ),
        technicians AS MATERIALIZED (
            SELECT "CreatedById", count(*) FILTER (WHERE "State" = 2) AS sessions,
                   coalesce(sum(seconds) FILTER (WHERE "State" = 2), 0) AS seconds,
                   coalesce(sum("ConnectedSeconds") FILTER (WHERE "State" = 2), 0) AS connected,
                   count(*) FILTER (WHERE "State" = 3) AS expired
            FROM scope GROUP BY "CreatedById"
        )
        SELECT 'Summary', 'All'::text, sum(sessions), round(sum(seconds)), sum(connected), sum(expired) FROM technicians
        UNION ALL
        SELECT 'Technician', "CreatedById"::text, sessions, round(seconds), connected, expired FROM technicians
        UNION ALL
        SELECT 'Category', "CategoryId"::text, sum(sessions), round(sum(seconds)), 0, 0 FROM fields GROUP BY "CategoryId"
        UNION ALL
        SELECT 'Type', "Type"::text, sum(sessions), round(sum(seconds)), 0, 0 FROM fields GROUP BY "Type"
        UNION ALL
        SELECT 'Priority', "Priority"::text, sum(sessions), round(sum(seconds)), 0, 0 FROM fields GROUP BY "Priority"
        UNION ALL
        SELECT 'Source', "Source"::text, sum(sessions), round(sum(seconds)), 0, 0 FROM fields GROUP BY "Source"
        """;

    public async Task<ReportFigures> RunAsync(UtcRange utc, IReadOnlyList<string> technicianIds, IReadOnlyDictionary<long, string> categoryNames)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var filter = technicianIds.Count == 0 ? "" : "AND \"CreatedById\" = ANY(@technicians)";
        await using var command = new NpgsqlCommand(string.Format(CultureInfo.InvariantCulture, Sql, filter), connection);
        command.Parameters.AddWithValue("start", NpgsqlDbType.TimestampTz, utc.Start);
        command.Parameters.AddWithValue("end", NpgsqlDbType.TimestampTz, utc.End);
        if (technicianIds.Count > 0)
        {
            command.Parameters.AddWithValue("technicians", NpgsqlDbType.Array | NpgsqlDbType.Text, technicianIds.ToArray());
        }

        await using var reader = await command.ExecuteReaderAsync();
        return await HandWrittenReportReader.ReadAsync(reader, categoryNames);
    }
}
