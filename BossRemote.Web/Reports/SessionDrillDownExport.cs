using System.Security.Claims;
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
    public static string Href(SessionSummaryQuery query, ReportRow row) =>
        QueryHelpers.AddQueryString(Path.TrimStart('/'),
            new KeyValuePair<string, string?>[] { new("row", row.Kind.ToString()), new("key", row.Key) }.Concat(ReportCsv.QueryParameters(query)));

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
        if (ReportCsv.ReadQuery(technicians, from, to, timeZone, out var error) is not { } query)
        {
            return TypedResults.BadRequest(error);
        }

        if (!Enum.TryParse<ReportRowKind>(kind, ignoreCase: true, out var rowKind) || !Enum.IsDefined(rowKind) || int.TryParse(kind, out _))
        {
            return TypedResults.BadRequest("row must be Technician, Category, Type, Priority or Source.");
        }

        var row = new ReportRow(rowKind, key ?? "");
        if (row.Validate() is { } rowError)
        {
            return TypedResults.BadRequest(rowError);
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

        return ReportCsv.File(context, SessionDrillDownCsv.Write(list), SessionDrillDownCsv.FileName(list));
    }
}
