using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

internal sealed record CreateGroupRequest(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("policy_id")] string? PolicyId);
