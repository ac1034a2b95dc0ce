using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator.Api.Json;

namespace BossRemote.Web.TeamViewerSimulator.Api;

/// <summary><c>/sessions</c> (doc §2).</summary>
internal static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/sessions", CreateAsync);
        api.MapGet("/sessions", ListAsync);
        api.MapGet("/sessions/{code}", GetAsync);
        api.MapPut("/sessions/{code}", UpdateAsync);
        api.MapDelete("/sessions/{code}", DeleteAsync);
        return api;
    }

    /// <summary>200 (as TeamViewer answers) with the session and its <c>Location</c>.</summary>
    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorSessionService sessions)
    {
        var body = await SimulatorHttp.ReadBodyAsync<SessionInputJson>(context.Request);
        if (body.Value is null)
        {
            return SimulatorHttp.Error(body.Error!);
        }

        SimulatorResult<SimulatedSession> result;
        try
        {
            result = await sessions.CreateAsync(context.Caller(), body.Value.ToInput(), context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller gave up during CreateDelay; the session is stored, as with a slow TeamViewer.
            return Results.Empty;
        }

        if (result.Value is not { } session)
        {
            return SimulatorHttp.Error(result.Error!);
        }

        context.Response.Headers.Location = context.Request.ApiUrl("sessions", session.Code);
        return SimulatorHttp.Json(SessionJson.Full(session, context.Request.BaseUrl()));
    }

    private static async Task<IResult> ListAsync(HttpContext context, SimulatorSessionQueryService sessions)
    {
        var request = context.Request;
        var query = new SimulatedSessionQuery(request.Query("groupid"), request.Query("assigned_userid"),
            request.Query("state"), request.Query("offset"), request.Query("full_list"));
        var result = await sessions.ListAsync(context.Caller(), query, context.RequestAborted);
        if (result.Value is not { } page)
        {
            return SimulatorHttp.Error(result.Error!);
        }

        var baseUrl = request.BaseUrl();
        var items = page.Sessions.Select(s => page.FullList ? SessionJson.Full(s, baseUrl) : SessionJson.Minimal(s)).ToList();
        return SimulatorHttp.Json(new SessionListJson(items, page.NextOffset, page.SessionsRemaining));
    }

    private static async Task<IResult> GetAsync(string code, HttpContext context, SimulatorSessionService sessions)
    {
        var result = await sessions.GetAsync(context.Caller(), code, context.RequestAborted);
        return result.Value is { } session
            ? SimulatorHttp.Json(SessionJson.Full(session, context.Request.BaseUrl()))
            : SimulatorHttp.Error(result.Error!);
    }

    private static async Task<IResult> UpdateAsync(string code, HttpContext context, SimulatorSessionService sessions)
    {
        var body = await SimulatorHttp.ReadBodyAsync<SessionInputJson>(context.Request);
        if (body.Value is null)
        {
            return SimulatorHttp.Error(body.Error!);
        }

        var result = await sessions.UpdateAsync(context.Caller(), code, body.Value.ToInput(), context.RequestAborted);
        return result.Succeeded ? Results.NoContent() : SimulatorHttp.Error(result.Error!);
    }

    private static async Task<IResult> DeleteAsync(string code, HttpContext context, SimulatorSessionService sessions)
    {
        var result = await sessions.DeleteAsync(context.Caller(), code, context.RequestAborted);
        return result.Succeeded ? Results.NoContent() : SimulatorHttp.Error(result.Error!);
    }
}
