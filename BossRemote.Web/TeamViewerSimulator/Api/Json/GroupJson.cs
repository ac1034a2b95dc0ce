using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewerSimulator;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary>A group (doc §3). Every simulated group is the caller's own: <c>permissions</c> is <c>owned</c>.</summary>
internal sealed record GroupJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("permissions")] string Permissions,
    [property: JsonPropertyName("policy_id")] string? PolicyId)
{
    public static GroupJson From(SimulatedGroup group) => new(group.Id, group.Name, "owned", group.PolicyId);
}
