using System.Globalization;
using BossRemote.Core.Reports;

namespace BossRemote.Web.Reports;

/// <summary>
/// What the report's CSV downloads share: the filter in their query string (<c>technicians</c>, <c>from</c>, <c>to</c>,
/// <c>tz</c>), read back with the same rules, and the file as it is sent.
/// </summary>
internal static class ReportCsv
{
    private const string DateFormat = "yyyy-MM-dd";

    public static IEnumerable<KeyValuePair<string, string?>> QueryParameters(SessionSummaryQuery query) =>
        query.TechnicianIds.Select(id => new KeyValuePair<string, string?>("technicians", id)).Concat(
        [
            new("from", query.Range.From.ToString(DateFormat, CultureInfo.InvariantCulture)),
            new("to", query.Range.To.ToString(DateFormat, CultureInfo.InvariantCulture)),
            new("tz", query.TimeZoneId),
        ]);

    /// <summary>The filter a download's query string asks for, or why it cannot be read.</summary>
    public static SessionSummaryQuery? ReadQuery(string[]? technicians, string? from, string? to, string? timeZone, out string? error)
    {
        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            error = "from and to must be dates written yyyy-MM-dd.";
            return null;
        }

        var query = new SessionSummaryQuery([.. technicians ?? []], new DayRange(first, last), timeZone ?? "");
        error = query.Validate();
        return error is null ? query : null;
    }

    /// <summary>The CSV as a UTF-8 file with a BOM (<see cref="CsvFile"/>), never kept by a shared cache.</summary>
    public static IResult File(HttpContext context, string csv, string fileName)
    {
        // Reports name people and their working time: no shared cache keeps a copy.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(CsvFile.Bytes(csv), CsvFile.ContentType, fileName);
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
