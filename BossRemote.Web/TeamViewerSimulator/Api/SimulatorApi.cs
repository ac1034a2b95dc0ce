using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator.Api.Json;

namespace BossRemote.Web.TeamViewerSimulator.Api;

/// <summary>
/// The TeamViewer Web API v1 stand-in under <see cref="SimulatorRoutes.ApiBase"/>, for the app's own client only: every
/// call needs this installation's key (<see cref="SimulatorInstallationKeyFilter"/>, a 404 otherwise), then a bearer
/// token as TeamViewer wants one. No sign-in (the caller is the app, not a person) and no antiforgery (JSON bodies from
/// an API client, never browser forms).
/// </summary>
internal static class SimulatorApi
{
    public static IEndpointRouteBuilder MapSimulatorApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(SimulatorRoutes.ApiBase).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription()
            .AddEndpointFilter<SimulatorInstallationKeyFilter>();

        // To the app's client, ping never answers 401: a missing or bad token is simply not valid (doc §1.2).
        api.MapGet("/ping", (HttpContext context) =>
            SimulatorHttp.Json(new PingJson(SimulatorTokenRules.IsTokenValid(SimulatorHttp.BearerToken(context.Request)))));

        var secured = api.MapGroup("").AddEndpointFilter<SimulatorBearerFilter>();
        secured.MapSessionEndpoints();
        secured.MapGroupEndpoints();
        secured.MapGroup("").AddEndpointFilter((context, next) =>
                SimulatorTokenRules.CheckConnectionReports(SimulatorHttp.BearerToken(context.HttpContext.Request),
                        HttpMethods.IsGet(context.HttpContext.Request.Method) ? SimulatorTokenRules.ReadScope : SimulatorTokenRules.ModifyScope) is { } error
                    ? ValueTask.FromResult<object?>(SimulatorHttp.Error(error))
                    : next(context))
            .MapReportEndpoints();

        // Anything else under the API answers the app's client like the API, not with the app's HTML not-found page.
        api.MapFallback((HttpContext context) =>
            SimulatorHttp.Error(SimulatorError.NotFound($"There is no API call at {context.Request.Path}.")));
        return endpoints;
    }
}
