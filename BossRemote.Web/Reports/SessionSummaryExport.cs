using System.Security.Claims;
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
    public static string Href(SessionSummaryQuery query) =>
        QueryHelpers.AddQueryString(Path.TrimStart('/'), ReportCsv.QueryParameters(query));

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
        if (ReportCsv.ReadQuery(technicians, from, to, timeZone, out var error) is not { } query)
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

        return ReportCsv.File(context, SessionSummaryCsv.Write(summary), SessionSummaryCsv.FileName(summary));
    }
}
