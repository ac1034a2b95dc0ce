using System.Globalization;
using System.Text;
using BossRemote.Core.Common;

namespace BossRemote.Core.Reports;

/// <summary>
/// The report as CSV, with exactly what the page shows: a few lines naming the period, zone and technicians, then one
/// table whose rows are the summary, each breakdown and each technician. Durations come both as people read them and
/// in whole seconds, for a spreadsheet to sum.
/// </summary>
public static class SessionSummaryCsv
{
    public const string Title = "TeamViewer Session Summary";

    public static readonly string[] Columns =
    [
        "Section", "Name", "Sessions", "Total duration", "Average duration", "Total seconds", "Average seconds",
        "Connected seconds", "Expired", "Ratings requested", "Ratings answered", "Average rating", "Response rate (%)",
    ];

    public static string FileName(SessionSummary summary) =>
        string.Create(CultureInfo.InvariantCulture, $"teamviewer-sessions-{summary.Range.From:yyyy-MM-dd}-to-{summary.Range.To:yyyy-MM-dd}.csv");

    public static string Write(SessionSummary summary)
    {
        var csv = new StringBuilder();
        Line(csv, Title);
        Line(csv, "Period", summary.Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), summary.Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line(csv, "Time zone", summary.TimeZoneId);
        Line(csv, "Technicians", summary.AllTechnicians ? "All technicians" : string.Join("; ", summary.ByTechnician.Select(t => t.Name)));
        Line(csv, "Counted", "Closed cases whose start falls in the period; expired cases apart, not in durations");
        csv.Append("\r\n");
        Line(csv, Columns);

        var totals = summary.Totals;
        Row(csv, "Summary", "All sessions", totals.Sessions, totals.TotalSeconds, totals.AverageSeconds, totals.ConnectedSeconds, totals.Expired, totals.Ratings);
        Groups(csv, "Category", summary.ByCategory);
        Groups(csv, "Type", summary.ByType);
        Groups(csv, "Priority", summary.ByPriority);
        Groups(csv, "Source", summary.BySource);
        foreach (var t in summary.ByTechnician)
        {
            Row(csv, "Technician", t.Name, t.Sessions, t.TotalSeconds, t.AverageSeconds, t.ConnectedSeconds, t.Expired, t.Ratings);
        }

        return csv.ToString();
    }

    private static void Groups(StringBuilder csv, string section, IEnumerable<SessionGroup> groups)
    {
        foreach (var g in groups)
        {
            Row(csv, section, g.Name, g.Sessions, g.TotalSeconds, g.AverageSeconds, null, null, g.Ratings);
        }
    }

    /// <remarks>The rating columns are empty where none were requested: a spreadsheet reads "no figure", not 0.</remarks>
    private static void Row(
        StringBuilder csv, string section, string name, int sessions, long total, long average, long? connected, int? expired, SatisfactionFigures ratings) =>
        csv.Append(string.Join(',',
            CsvField.Text(section), CsvField.Text(name), CsvField.Number(sessions),
            CsvField.Text(DurationText.FormatSeconds(total)), CsvField.Text(DurationText.FormatSeconds(average)),
            CsvField.Number(total), CsvField.Number(average),
            connected is { } c ? CsvField.Number(c) : "", expired is { } e ? CsvField.Number(e) : "",
            CsvField.Number(ratings.Requested), CsvField.Number(ratings.Answered),
            ratings.AverageRating is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "",
            ratings.ResponseRate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) : "")).Append("\r\n");

    private static void Line(StringBuilder csv, params string[] fields) =>
        csv.Append(string.Join(',', fields.Select(CsvField.Text))).Append("\r\n");
}
