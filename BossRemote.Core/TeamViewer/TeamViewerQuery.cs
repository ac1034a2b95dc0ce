using BossRemote.Core.TeamViewer.Json;
using BossRemote.Core.TeamViewer.Models;
using Flurl.Http;

namespace BossRemote.Core.TeamViewer;

/// <summary>Writes the list filters as the documented query parameters; unset filters are left out.</summary>
internal static class TeamViewerQuery
{
    public static IFlurlRequest WithSessionFilter(this IFlurlRequest request, SessionListFilter filter)
    {
        request
            .SetQueryParam("groupid", Blank(filter.GroupId))
            .SetQueryParam("assigned_userid", Blank(filter.AssignedUserId))
            .SetQueryParam("offset", Blank(filter.Offset));
        if (filter.States.Count > 0)
        {
            request.SetQueryParam("state", string.Join(',', filter.States.Distinct().Select(SessionStateJsonConverter.ToApiString)));
        }

        if (filter.FullList)
        {
            request.SetQueryParam("full_list", "true");
        }

        return request;
    }

    public static IFlurlRequest WithReportFilter(this IFlurlRequest request, ConnectionReportFilter filter) => request
        .SetQueryParam("username", Blank(filter.UserName))
        .SetQueryParam("userid", Blank(filter.UserId))
        .SetQueryParam("groupid", Blank(filter.GroupId))
        .SetQueryParam("devicename", Blank(filter.DeviceName))
        .SetQueryParam("deviceid", Blank(filter.DeviceId))
        .SetQueryParam("from_date", filter.FromDate is { } from ? UtcDateTimeJsonConverter.ToApiString(from) : null)
        .SetQueryParam("to_date", filter.ToDate is { } to ? UtcDateTimeJsonConverter.ToApiString(to) : null)
        .SetQueryParam("offset_id", Blank(filter.OffsetId))
        .SetQueryParam("has_code", filter.HasCode is { } hasCode ? (hasCode ? "true" : "false") : null)
        .SetQueryParam("session_code", Blank(filter.SessionCode))
        .SetQueryParam("support_session_type", filter.SupportSessionType);

    // Flurl leaves out a parameter whose value is null.
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
