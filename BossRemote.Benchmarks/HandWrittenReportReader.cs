using System.Data.Common;
using System.Globalization;
using BossRemote.Core.Tickets;

namespace BossRemote.Benchmarks;

/// <summary>
/// Reads the lines both hand-written queries return — section, key, sessions, seconds, connected seconds, expired — into
/// <see cref="ReportFigures"/>. The engines hand numbers back as different types (SQLite's REAL, PostgreSQL's numeric
/// and bigint), so every number goes through one conversion; the queries have already rounded them.
/// </summary>
internal static class HandWrittenReportReader
{
    public static async Task<ReportFigures> ReadAsync(DbDataReader reader, IReadOnlyDictionary<long, string> categories)
    {
        var figures = new ReportFigures();
        while (await reader.ReadAsync())
        {
            var section = reader.GetString(0);
            var sessions = Number(reader, 2);
            var expired = Number(reader, 5);
            if (section == "Technician" && sessions == 0 && expired == 0)
            {
                continue;
            }

            figures.Add(section, Name(section, reader.GetValue(1), categories), sessions, Number(reader, 3), Number(reader, 4), expired);
        }

        return figures;
    }

    private static long Number(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static string Name(string section, object key, IReadOnlyDictionary<long, string> categories) => section switch
    {
        "Category" => categories[Convert.ToInt64(key, CultureInfo.InvariantCulture)],
        "Type" => ((TicketType)Convert.ToInt32(key, CultureInfo.InvariantCulture)).Text(),
        "Priority" => ((TicketPriority)Convert.ToInt32(key, CultureInfo.InvariantCulture)).Text(),
        "Source" => ((TicketSource)Convert.ToInt32(key, CultureInfo.InvariantCulture)).Text(),
        _ => Convert.ToString(key, CultureInfo.InvariantCulture)!,
    };
}
