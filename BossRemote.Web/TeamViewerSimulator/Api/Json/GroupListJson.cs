using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

internal sealed record GroupListJson([property: JsonPropertyName("groups")] IReadOnlyList<GroupJson> Groups);
