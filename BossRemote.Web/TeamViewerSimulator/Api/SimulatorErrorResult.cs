using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator.Api.Json;

namespace BossRemote.Web.TeamViewerSimulator.Api;

/// <summary>Answers with a doc §5.2 error body; a 401 also carries <c>WWW-Authenticate: Bearer</c> (doc §1.3).</summary>
internal sealed class SimulatorErrorResult(SimulatorError error) : IResult
{
    public SimulatorError Error { get; } = error;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (Error.StatusCode == StatusCodes.Status401Unauthorized)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var body = new ErrorJson(Error.Error, Error.Description, Error.ErrorCode, httpContext.TraceIdentifier);
        return Results.Json(body, SimulatorJson.Options, statusCode: Error.StatusCode).ExecuteAsync(httpContext);
    }
}
