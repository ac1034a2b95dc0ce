using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

internal sealed record GroupListResponse([property: JsonPropertyName("groups")] IReadOnlyList<TeamViewerGroup>? Groups);
