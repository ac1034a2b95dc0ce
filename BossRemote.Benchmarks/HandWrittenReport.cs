using BossRemote.Core.Reports;
using BossRemote.Core.Tickets;
using Microsoft.Data.Sqlite;

namespace BossRemote.Benchmarks;

/// <summary>
/// The baseline: one SQL statement an expert would write by hand for the same figures, on the same file and the same
/// UTC bounds: the cases in range grouped once by technician and once by the four ticket fields, then rolled up.
/// Durations are julianday differences in seconds, rounded once per line.
/// </summary>
public sealed class HandWrittenReport(string connectionString)
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
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, Sql, filter);
        command.Parameters.AddWithValue("$start", Text(utc.Start));
        command.Parameters.AddWithValue("$end", Text(utc.End));
        for (var i = 0; i < technicianIds.Count; i++)
        {
            command.Parameters.AddWithValue($"$t{i}", technicianIds[i]);
        }

        var figures = new ReportFigures();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var section = reader.GetString(0);
            var sessions = reader.IsDBNull(2) ? 0 : reader.GetInt64(2);
            if (section == "Technician" && sessions == 0 && reader.GetInt64(5) == 0)
            {
                continue;
            }

            figures.Add(section, Name(section, reader.GetValue(1), categoryNames), sessions,
                (long)reader.GetDouble(3), (long)reader.GetDouble(4), reader.IsDBNull(5) ? 0 : reader.GetInt64(5));
        }

        return figures;
    }

    private static string Name(string section, object key, IReadOnlyDictionary<long, string> categories) => section switch
    {
        "Category" => categories[Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture)],
        "Type" => ((TicketType)Convert.ToInt32(key, System.Globalization.CultureInfo.InvariantCulture)).Text(),
        "Priority" => ((TicketPriority)Convert.ToInt32(key, System.Globalization.CultureInfo.InvariantCulture)).Text(),
        "Source" => ((TicketSource)Convert.ToInt32(key, System.Globalization.CultureInfo.InvariantCulture)).Text(),
        _ => Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string Text(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
}
