using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>A group (doc §3). <c>owner</c> and <c>shared_with</c> are often omitted.</summary>
public sealed record TeamViewerGroup
{
    /// <summary>e.g. <c>g425123356</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary><c>read</c>, <c>readwrite</c> or <c>owned</c>.</summary>
    [JsonPropertyName("permissions")]
    public string? Permissions { get; init; }

    [JsonPropertyName("owner")]
    public TeamViewerGroupUser? Owner { get; init; }

    [JsonPropertyName("shared_with")]
    public IReadOnlyList<TeamViewerGroupUser>? SharedWith { get; init; }

    [JsonPropertyName("policy_id")]
    public string? PolicyId { get; init; }
}
