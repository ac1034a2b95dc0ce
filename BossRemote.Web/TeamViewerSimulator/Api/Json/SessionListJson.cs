using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary><c>GET /sessions</c>; the paging fields are left out on the last page.</summary>
internal sealed record SessionListJson(
    [property: JsonPropertyName("sessions")] IReadOnlyList<SessionJson> Sessions,
    [property: JsonPropertyName("next_offset")] string? NextOffset,
    [property: JsonPropertyName("sessions_remaining")] int? SessionsRemaining);
