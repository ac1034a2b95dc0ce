using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator.Api.Json;

namespace BossRemote.Web.TeamViewerSimulator.Api;

/// <summary><c>/reports/connections</c> (doc §4): list, one record, and the change of its notes and billing state.</summary>
internal static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/connections", ListAsync);
        api.MapGet("/reports/connections/{id}", GetAsync);
        api.MapPut("/reports/connections/{id}", UpdateAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext context, SimulatorReportService reports)
    {
        var request = context.Request;
        var query = new SimulatedReportQuery
        {
            UserName = request.Query("username"),
            UserId = request.Query("userid"),
            GroupId = request.Query("groupid"),
            DeviceName = request.Query("devicename"),
            DeviceId = request.Query("deviceid"),
            FromDate = request.Query("from_date"),
            ToDate = request.Query("to_date"),
            OffsetId = request.Query("offset_id"),
            HasCode = request.Query("has_code"),
            SessionCode = request.Query("session_code"),
            SupportSessionType = request.Query("support_session_type"),
        };
        var result = await reports.ListAsync(context.Caller(), query, context.RequestAborted);
        if (result.Value is not { } page)
        {
            return SimulatorHttp.Error(result.Error!);
        }

        var records = page.Records.Select(ConnectionReportJson.From).ToList();
        return SimulatorHttp.Json(new ReportListJson(records, page.RecordsRemaining, page.NextOffset));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, SimulatorReportService reports)
    {
        var result = await reports.GetAsync(context.Caller(), id, context.RequestAborted);
        return result.Value is { } report ? SimulatorHttp.Json(ConnectionReportJson.From(report)) : SimulatorHttp.Error(result.Error!);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpContext context, SimulatorReportService reports)
    {
        var body = await SimulatorHttp.ReadBodyAsync<ConnectionReportInputJson>(context.Request);
        if (body.Value is null)
        {
            return SimulatorHttp.Error(body.Error!);
        }

        var result = await reports.UpdateAsync(context.Caller(), id, body.Value.Notes, body.Value.BillingState, context.RequestAborted);
        return result.Succeeded ? Results.NoContent() : SimulatorHttp.Error(result.Error!);
    }
}
