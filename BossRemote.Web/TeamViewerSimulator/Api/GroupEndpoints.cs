using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator.Api.Json;

namespace BossRemote.Web.TeamViewerSimulator.Api;

/// <summary><c>/groups</c> (doc §3).</summary>
internal static class GroupEndpoints
{
    public static RouteGroupBuilder MapGroupEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/groups", ListAsync);
        api.MapGet("/groups/{id}", GetAsync);
        api.MapPost("/groups", CreateAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext context, SimulatorGroupService groups)
    {
        var list = await groups.ListAsync(context.Caller(), context.Request.Query("name"), context.RequestAborted);
        return SimulatorHttp.Json(new GroupListJson(list.Select(GroupJson.From).ToList()));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, SimulatorGroupService groups)
    {
        var result = await groups.GetAsync(context.Caller(), id, context.RequestAborted);
        return result.Value is { } group ? SimulatorHttp.Json(GroupJson.From(group)) : SimulatorHttp.Error(result.Error!);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorGroupService groups)
    {
        var body = await SimulatorHttp.ReadBodyAsync<GroupInputJson>(context.Request);
        if (body.Value is null)
        {
            return SimulatorHttp.Error(body.Error!);
        }

        var result = await groups.CreateAsync(context.Caller(), body.Value.Name, body.Value.PolicyId, context.RequestAborted);
        if (result.Value is not { } group)
        {
            return SimulatorHttp.Error(result.Error!);
        }

        context.Response.Headers.Location = context.Request.ApiUrl("groups", group.Id);
        return SimulatorHttp.Json(GroupJson.From(group));
    }
}
