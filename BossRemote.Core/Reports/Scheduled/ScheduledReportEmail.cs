using System.Globalization;
using BossRemote.Core.Common;

namespace BossRemote.Core.Reports.Scheduled;

/// <summary>
/// The scheduled TeamViewer Session Summary (fixed wording, not admin-editable): the period, the totals and the
/// per-technician table in the body; the whole report (every breakdown) in the attached CSV.
/// </summary>
public static class ScheduledReportEmail
{
    public const string Subject = "{{ report.title }}: {{ report.period }}";

    public const string Body = """
        <div style="font-family:'Segoe UI',Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2937">
          <p><b>{{ report.title }}</b><br>{{ report.period }} ({{ report.time_zone }}) · {{ report.technicians }}</p>
          <p>{{ report.sessions }} sessions · total {{ report.total_duration }} · average {{ report.average_duration }} · {{ report.expired }} expired</p>
          <table style="border-collapse:collapse" cellpadding="6" border="1">
            <tr><th align="left">Technician</th><th align="right">Sessions</th><th align="right">Total duration</th><th align="right">Average duration</th><th align="right">Expired</th></tr>
            {% for row in rows %}<tr><td>{{ row.name }}</td><td align="right">{{ row.sessions }}</td><td align="right">{{ row.total }}</td><td align="right">{{ row.average }}</td><td align="right">{{ row.expired }}</td></tr>
            {% endfor %}
          </table>
          <p>The attached CSV holds the whole report: the breakdowns by category, type, priority and source as well.</p>
          <p style="color:#6b7280;font-size:13px">{{ report.frequency }} report from {{ company.name }}. Remove the subscription under
            Reports ➜ TeamViewer Session Summary ➜ My report subscriptions.</p>
        </div>
        """;

    public static IReadOnlyDictionary<string, object?> Model(SessionSummary summary, ReportFrequency frequency, string companyName) =>
        new Dictionary<string, object?>
        {
            ["company"] = new Dictionary<string, object?> { ["name"] = companyName },
            ["report"] = new Dictionary<string, object?>
            {
                ["title"] = SessionSummaryCsv.Title,
                ["frequency"] = frequency.ToString(),
                ["period"] = PeriodText(summary.Range),
                ["time_zone"] = summary.TimeZoneId,
                ["technicians"] = summary.AllTechnicians ? "All technicians" : string.Join(", ", summary.ByTechnician.Select(t => t.Name)),
                ["sessions"] = Number(summary.Totals.Sessions),
                ["total_duration"] = DurationText.FormatSeconds(summary.Totals.TotalSeconds),
                ["average_duration"] = DurationText.FormatSeconds(summary.Totals.AverageSeconds),
                ["expired"] = Number(summary.Totals.Expired),
            },
            ["rows"] = summary.ByTechnician.Select(t => (object?)new Dictionary<string, object?>
            {
                ["name"] = t.Name,
                ["sessions"] = Number(t.Sessions),
                ["total"] = DurationText.FormatSeconds(t.TotalSeconds),
                ["average"] = DurationText.FormatSeconds(t.AverageSeconds),
                ["expired"] = Number(t.Expired),
            }).ToList(),
        };

    public static string PeriodText(DayRange days) =>
        string.Create(CultureInfo.InvariantCulture, $"{days.From:ddd d MMM yyyy} – {days.To:ddd d MMM yyyy}");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
