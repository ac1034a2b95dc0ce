using BossRemote.Core.TeamViewerSimulator;
using Microsoft.AspNetCore.Diagnostics;

namespace BossRemote.Web.TeamViewerSimulator.Api;

/// <summary>
/// The simulator's API serves the app's own TeamViewer client only: a call without this installation's key
/// (<see cref="SimulatorInstallationKey.HeaderName"/>) gets an empty 404, whatever it asks for and however, so nobody
/// else learns that an API is there, let alone which tokens it takes (ADR-017). The status-code page is skipped: it
/// would replay a PUT or POST against the app's pages and answer something else.
/// </summary>
internal sealed class SimulatorInstallationKeyFilter(SimulatorInstallationKey installationKey, ILogger<SimulatorInstallationKeyFilter> logger)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = http.Request.Headers[SimulatorInstallationKey.HeaderName].ToString();
        if (await installationKey.IsValidAsync(presented, http.RequestAborted))
        {
            return await next(context);
        }

        logger.LogInformation(
            "Refused {Method} {Path} from {Address}: the TeamViewer simulator's API answers only this installation's own client",
            http.Request.Method, http.Request.Path, http.Connection.RemoteIpAddress);
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        return Results.NotFound();
    }
}
