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
/// <c>GET /reports/integrations/teamviewer/sessions.csv?row=Technician&amp;key=…&amp;technicians=…&amp;from=…&amp;to=…&amp;tz=IANA</c>:
/// the sessions behind one row of the report, one line each, from the same service as the page's drill-down (which
/// re-checks the policy too).
/// </summary>
public static class SessionDrillDownExport
{
    public const string Path = "/reports/integrations/teamviewer/sessions.csv";

    /// <summary>The download link for one row of what the page shows.</summary>
    public static string Href(SessionSummaryQuery query, ReportRow row)
    {
        var parameters = new List<KeyValuePair<string, string?>> { new("row", row.Kind.ToString()), new("key", row.Key) };
        parameters.AddRange(query.TechnicianIds.Select(id => new KeyValuePair<string, string?>("technicians", id)));
        parameters.Add(new("from", query.Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        parameters.Add(new("to", query.Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        parameters.Add(new("tz", query.TimeZoneId));
        return QueryHelpers.AddQueryString(Path.TrimStart('/'), parameters);
    }

    public static IEndpointRouteBuilder MapSessionDrillDownExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync).RequireAuthorization(Policies.Reports);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        [FromQuery(Name = "row")] string? kind,
        [FromQuery(Name = "key")] string? key,
        [FromQuery(Name = "technicians")] string[]? technicians,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "tz")] string? timeZone,
        ClaimsPrincipal user,
        SessionDrillDownService sessions,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            return TypedResults.BadRequest("from and to must be dates written yyyy-MM-dd.");
        }

        if (!Enum.TryParse<ReportRowKind>(kind, ignoreCase: true, out var rowKind) || !Enum.IsDefined(rowKind) || int.TryParse(kind, out _))
        {
            return TypedResults.BadRequest("row must be Technician, Category, Type, Priority or Source.");
        }

        var query = new SessionSummaryQuery([.. technicians ?? []], new DayRange(first, last), timeZone ?? "");
        var row = new ReportRow(rowKind, key ?? "");
        if ((query.Validate() ?? row.Validate()) is { } error)
        {
            return TypedResults.BadRequest(error);
        }

        SessionDrillDown list;
        try
        {
            list = await sessions.GetAsync(user, query, row, SessionDrillDownService.ExportLimit, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return TypedResults.Forbid();
        }

        // Reports name people and their working time: no shared cache keeps a copy.
        context.Response.Headers.CacheControl = "no-store";
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SessionDrillDownCsv.Write(list))).ToArray();
        return TypedResults.File(csv, "text/csv; charset=utf-8", SessionDrillDownCsv.FileName(list));
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
