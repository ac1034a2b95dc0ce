using System.Globalization;
using BossRemote.Core.Reports;
using Microsoft.Data.Sqlite;

namespace BossRemote.Benchmarks;

/// <summary>
/// The SQLite baseline: the cases in range grouped once by technician and once by the four ticket fields, then rolled
/// up. Durations are julianday differences in seconds, rounded once per line.
/// </summary>
public sealed class HandWrittenSqliteReport(string connectionString) : IHandWrittenReport
{
    private const string Sql = """
        WITH scope AS (
            SELECT CreatedById, State, TicketId, ConnectedSeconds,
                   (julianday(EndedAt) - julianday(CreatedAt)) * 86400.0 AS Seconds
            FROM ServiceCases
            WHERE CreatedAt >= $start AND CreatedAt < $end AND State IN (2, 3) {0}
        ),
        fields AS MATERIALIZED (
            SELECT t.CategoryId, t.Type, t.Priority, t.Source, COUNT(*) AS Sessions, TOTAL(s.Seconds) AS Seconds
            FROM scope AS s JOIN Tickets AS t ON t.Id = s.TicketId
            WHERE s.State = 2
            GROUP BY t.CategoryId, t.Type, t.Priority, t.Source
        ),
        technicians AS MATERIALIZED (
            SELECT CreatedById, SUM(State = 2) AS Sessions, TOTAL(CASE WHEN State = 2 THEN Seconds END) AS Seconds,
                   TOTAL(CASE WHEN State = 2 THEN ConnectedSeconds END) AS Connected, SUM(State = 3) AS Expired
            FROM scope GROUP BY CreatedById
        )
        SELECT 'Summary', 'All', SUM(Sessions), ROUND(TOTAL(Seconds)), TOTAL(Connected), SUM(Expired) FROM technicians
        UNION ALL
        SELECT 'Technician', CreatedById, Sessions, ROUND(Seconds), Connected, Expired FROM technicians
        UNION ALL
        SELECT 'Category', CategoryId, SUM(Sessions), ROUND(TOTAL(Seconds)), 0, 0 FROM fields GROUP BY CategoryId
        UNION ALL
        SELECT 'Type', Type, SUM(Sessions), ROUND(TOTAL(Seconds)), 0, 0 FROM fields GROUP BY Type
        UNION ALL
        SELECT 'Priority', Priority, SUM(Sessions), ROUND(TOTAL(Seconds)), 0, 0 FROM fields GROUP BY Priority
        UNION ALL
        SELECT 'Source', Source, SUM(Sessions), ROUND(TOTAL(Seconds)), 0, 0 FROM fields GROUP BY Source
        """;

    public async Task<ReportFigures> RunAsync(UtcRange utc, IReadOnlyList<string> technicianIds, IReadOnlyDictionary<long, string> categoryNames)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var filter = technicianIds.Count == 0
            ? ""
            : $"AND CreatedById IN ({string.Join(", ", technicianIds.Select((_, i) => $"$t{i}"))})";
        command.CommandText = string.Format(CultureInfo.InvariantCulture, Sql, filter);
        command.Parameters.AddWithValue("$start", SqliteBenchmarkDatabase.Text(utc.Start));
        command.Parameters.AddWithValue("$end", SqliteBenchmarkDatabase.Text(utc.End));
        for (var i = 0; i < technicianIds.Count; i++)
        {
            command.Parameters.AddWithValue($"$t{i}", technicianIds[i]);
        }

        await using var reader = await command.ExecuteReaderAsync();
        return await HandWrittenReportReader.ReadAsync(reader, categoryNames);
    }
}
