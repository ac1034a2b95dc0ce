using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>A group's owner or one of the users it is shared with.</summary>
public sealed record TeamViewerGroupUser
{
    [JsonPropertyName("userid")]
    public string? UserId { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("alias")]
    public string? Alias { get; init; }

    [JsonPropertyName("permissions")]
    public string? Permissions { get; init; }

    [JsonPropertyName("pending")]
    public bool? Pending { get; init; }
}
