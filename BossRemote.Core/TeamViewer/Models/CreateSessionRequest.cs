using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>
/// Body of <c>POST /sessions</c> (doc §2.1). Give <see cref="GroupId"/> or <see cref="GroupName"/>; a group name
/// that does not exist yet is created. Unset properties are not sent.
/// </summary>
public sealed record CreateSessionRequest
{
    [JsonPropertyName("groupid")]
    public string? GroupId { get; init; }

    [JsonPropertyName("groupname")]
    public string? GroupName { get; init; }

    /// <summary>≤ 4000 characters.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("end_customer")]
    public TeamViewerEndCustomer? EndCustomer { get; init; }

    [JsonPropertyName("waiting_message")]
    public string? WaitingMessage { get; init; }

    /// <summary>Defaults to the token's user; <c>u0</c> = unassigned.</summary>
    [JsonPropertyName("assigned_userid")]
    public string? AssignedUserId { get; init; }

    /// <summary>≤ 4000 characters; put a reference here so a create that timed out can be found again.</summary>
    [JsonPropertyName("custom_api")]
    public string? CustomApi { get; init; }

    /// <summary>Defaults to now + 24 h.</summary>
    [JsonPropertyName("valid_until")]
    public DateTime? ValidUntil { get; init; }

    /// <summary><c>Default</c> (default) or <c>Pilot</c>.</summary>
    [JsonPropertyName("support_session_type")]
    public string? SupportSessionType { get; init; }
}
