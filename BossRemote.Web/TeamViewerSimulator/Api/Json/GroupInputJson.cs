using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary>The body of <c>POST /groups</c>.</summary>
internal sealed record GroupInputJson(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("policy_id")] string? PolicyId);
