using System.Globalization;
using System.Text;
using BossRemote.Core.Common;

namespace BossRemote.Core.Reports;

/// <summary>
/// The sessions of one report row as CSV, one line per session, with the report's conventions (<see cref="CsvField"/>):
/// a few lines naming the row, period and zone, then the table. Times are local to the report's zone, as on the page.
/// </summary>
public static class SessionDrillDownCsv
{
    public static readonly string[] Columns =
    [
        "Ticket", "Requester", "Technician", "Start", "End", "Duration", "Duration seconds", "Connected seconds",
    ];

    public static string FileName(SessionDrillDown list) => string.Create(CultureInfo.InvariantCulture,
        $"teamviewer-sessions-{list.Row.Kind.ToString().ToLowerInvariant()}-{list.Range.From:yyyy-MM-dd}-to-{list.Range.To:yyyy-MM-dd}.csv");

    public static string Write(SessionDrillDown list)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(list.TimeZoneId);
        var csv = new StringBuilder();
        Line(csv, SessionSummaryCsv.Title, "Sessions");
        Line(csv, list.Row.Kind.ToString(), list.RowName);
        Line(csv, "Period", Date(list.Range.From), Date(list.Range.To));
        Line(csv, "Time zone", list.TimeZoneId);
        Line(csv, "Sessions", CsvField.Number(list.Total));
        if (!list.IsComplete)
        {
            Line(csv, "Listed", $"the first {list.Sessions.Count} of {list.Total}");
        }

        csv.Append("\r\n");
        Line(csv, Columns);
        foreach (var s in list.Sessions)
        {
            csv.Append(string.Join(',',
                CsvField.Number(s.TicketNumber), CsvField.Text(s.RequesterName), CsvField.Text(s.TechnicianName),
                CsvField.Text(Local(s.StartedAt, zone)), CsvField.Text(Local(s.EndedAt, zone)),
                CsvField.Text(DurationText.FormatSeconds(s.DurationSeconds)), CsvField.Number(s.DurationSeconds),
                s.ConnectedSeconds is { } c ? CsvField.Number(c) : "")).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, params string[] fields) =>
        csv.Append(string.Join(',', fields.Select(CsvField.Text))).Append("\r\n");
}
