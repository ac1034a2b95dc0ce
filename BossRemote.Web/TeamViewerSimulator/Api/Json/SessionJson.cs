using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewerSimulator;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary>A session as doc §2.2 shows it; the minimal list shape fills only code, state, groupid, online and type.</summary>
internal sealed record SessionJson
{
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("groupid")]
    public required string GroupId { get; init; }

    [JsonPropertyName("custom_module_id")]
    public string? CustomModuleId { get; init; }

    [JsonPropertyName("waiting_message")]
    public string? WaitingMessage { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("end_customer")]
    public EndCustomerJson? EndCustomer { get; init; }

    [JsonPropertyName("assigned_userid")]
    public string? AssignedUserId { get; init; }

    [JsonPropertyName("assigned_at")]
    public string? AssignedAt { get; init; }

    [JsonPropertyName("end_customer_link")]
    public string? EndCustomerLink { get; init; }

    [JsonPropertyName("supporter_link")]
    public string? SupporterLink { get; init; }

    [JsonPropertyName("webclient_supporter_link")]
    public string? WebclientSupporterLink { get; init; }

    [JsonPropertyName("custom_api")]
    public string? CustomApi { get; init; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }

    [JsonPropertyName("valid_until")]
    public string? ValidUntil { get; init; }

    [JsonPropertyName("closed_at")]
    public string? ClosedAt { get; init; }

    [JsonPropertyName("online")]
    public bool Online { get; init; }

    [JsonPropertyName("support_session_type")]
    public required string SupportSessionType { get; init; }

    public static SessionJson Minimal(SimulatedSession session) => new()
    {
        Code = session.Code,
        State = StateText(session.State),
        GroupId = session.GroupId,
        Online = session.Online,
        SupportSessionType = session.SupportSessionType,
    };

    public static SessionJson Full(SimulatedSession session, string baseUrl)
    {
        var supporter = session.AssignedUserId == SimulatedSession.Unassigned ? session.AccountId : session.AssignedUserId;
        return Minimal(session) with
        {
            CustomModuleId = SimulatorJson.Text(session.CustomModuleId),
            WaitingMessage = SimulatorJson.Text(session.WaitingMessage),
            Description = SimulatorJson.Text(session.Description),
            EndCustomer = EndCustomerJson.From(session.EndCustomerName, session.EndCustomerEmail),
            AssignedUserId = session.AssignedUserId,
            AssignedAt = SimulatorJson.Date(session.AssignedAt),
            EndCustomerLink = SimulatorRoutes.CustomerLink(baseUrl, session.Code),
            SupporterLink = SimulatorRoutes.SupporterLink(baseUrl, session.Code, session.SupporterToken),
            WebclientSupporterLink = SimulatorRoutes.WebClientSupporterLink(baseUrl, session.Code, session.SupporterToken,
                SimulatorAccount.DisplayNameFor(supporter)),
            CustomApi = SimulatorJson.Text(session.CustomApi),
            CreatedAt = SimulatorJson.Date(session.CreatedAt),
            ValidUntil = SimulatorJson.Date(session.ValidUntil),
            ClosedAt = SimulatorJson.Date(session.ClosedAt),
        };
    }

    /// <summary><c>"Open"</c>/<c>"Closed"</c>, as real responses spell it (doc §2.2).</summary>
    public static string StateText(SimulatedSessionState state) => state == SimulatedSessionState.Open ? "Open" : "Closed";
}
