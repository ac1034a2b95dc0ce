using System.Globalization;
using System.Security.Claims;
using System.Text;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace BossRemote.Web.Reports;

/// <summary>
/// <c>GET /reports/integrations/teamviewer/export.csv?technicians=…&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;tz=IANA</c>:
/// the session report as a CSV download, from the same service as the page (which re-checks the policy too).
/// </summary>
public static class SessionSummaryExport
{
    public const string Path = "/reports/integrations/teamviewer/export.csv";

    /// <summary>The download link for what the page shows.</summary>
    public static string Href(SessionSummaryQuery query)
    {
        var parameters = query.TechnicianIds.Select(id => new KeyValuePair<string, string?>("technicians", id)).Concat(
        [
            new("from", query.Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("to", query.Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("tz", query.TimeZoneId),
        ]);
        return QueryHelpers.AddQueryString(Path.TrimStart('/'), parameters);
    }

    public static IEndpointRouteBuilder MapSessionSummaryExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync).RequireAuthorization(Policies.Reports);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        [FromQuery(Name = "technicians")] string[]? technicians,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "tz")] string? timeZone,
        ClaimsPrincipal user,
        SessionSummaryService reports,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            return TypedResults.BadRequest("from and to must be dates written yyyy-MM-dd.");
        }

        var query = new SessionSummaryQuery([.. technicians ?? []], new DayRange(first, last), timeZone ?? "");
        if (query.Validate() is { } error)
        {
            return TypedResults.BadRequest(error);
        }

        SessionSummary summary;
        try
        {
            summary = await reports.GetAsync(user, query, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return TypedResults.Forbid();
        }

        // Reports name people and their working time: no shared cache keeps a copy.
        context.Response.Headers.CacheControl = "no-store";
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SessionSummaryCsv.Write(summary))).ToArray();
        return TypedResults.File(csv, "text/csv; charset=utf-8", SessionSummaryCsv.FileName(summary));
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
