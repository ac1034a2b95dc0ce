using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>
/// Body of <c>PUT /sessions/{code}</c> (doc §2.5): only the properties that are set are sent. <c>valid_until</c>
/// cannot be changed.
/// </summary>
public sealed record UpdateSessionRequest
{
    [JsonPropertyName("groupid")]
    public string? GroupId { get; init; }

    [JsonPropertyName("groupname")]
    public string? GroupName { get; init; }

    [JsonPropertyName("waiting_message")]
    public string? WaitingMessage { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("end_customer")]
    public TeamViewerEndCustomer? EndCustomer { get; init; }

    /// <summary><c>u0</c> unassigns.</summary>
    [JsonPropertyName("assigned_userid")]
    public string? AssignedUserId { get; init; }

    [JsonPropertyName("custom_api")]
    public string? CustomApi { get; init; }

    [JsonPropertyName("custom_module_id")]
    public string? CustomModuleId { get; init; }

    /// <summary><see cref="TeamViewerSessionState.Closed"/> closes the case, <see cref="TeamViewerSessionState.Open"/> reopens it.</summary>
    [JsonPropertyName("state")]
    public TeamViewerSessionState? State { get; init; }
}
