using System.Text.Json;
using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewerSimulator;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary>The body of <c>POST /sessions</c> and <c>PUT /sessions/{code}</c>; unknown fields are ignored.</summary>
internal sealed record SessionInputJson
{
    [JsonPropertyName("groupid")]
    public string? GroupId { get; init; }

    [JsonPropertyName("groupname")]
    public string? GroupName { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("waiting_message")]
    public string? WaitingMessage { get; init; }

    [JsonPropertyName("end_customer")]
    public EndCustomerJson? EndCustomer { get; init; }

    [JsonPropertyName("assigned_userid")]
    public string? AssignedUserId { get; init; }

    [JsonPropertyName("custom_api")]
    public string? CustomApi { get; init; }

    [JsonPropertyName("custom_module_id")]
    public string? CustomModuleId { get; init; }

    [JsonPropertyName("valid_until")]
    public string? ValidUntil { get; init; }

    /// <summary>A name (<c>"Default"</c>) or, as SWAGGER has it, a number.</summary>
    [JsonPropertyName("support_session_type")]
    public JsonElement? SupportSessionType { get; init; }

    [JsonPropertyName("state")]
    public string? State { get; init; }

    public SimulatedSessionInput ToInput() => new()
    {
        GroupId = GroupId,
        GroupName = GroupName,
        Description = Description,
        WaitingMessage = WaitingMessage,
        EndCustomerName = EndCustomer?.Name,
        EndCustomerEmail = EndCustomer?.Email,
        AssignedUserId = AssignedUserId,
        CustomApi = CustomApi,
        CustomModuleId = CustomModuleId,
        ValidUntil = ValidUntil,
        SupportSessionType = SupportSessionType is { ValueKind: not JsonValueKind.Null } type
            ? (type.ValueKind == JsonValueKind.String ? type.GetString() : type.GetRawText())
            : null,
        State = State,
    };
}
