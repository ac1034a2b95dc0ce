using BossRemote.Core.TeamViewerSimulator;

namespace BossRemote.Web.TeamViewerSimulator.Api;

/// <summary>Every endpoint but <c>/ping</c> needs a bearer token the simulator accepts (and within the rate limit).</summary>
internal sealed class SimulatorBearerFilter(SimulatorAccess access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = access.Authorize(SimulatorHttp.BearerToken(context.HttpContext.Request));
        if (result.Error is { } error)
        {
            return SimulatorHttp.Error(error);
        }

        SimulatorHttp.SetCaller(context.HttpContext, result.Value!);
        return await next(context);
    }
}
