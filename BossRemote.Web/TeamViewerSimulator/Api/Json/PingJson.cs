using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

internal sealed record PingJson([property: JsonPropertyName("token_valid")] bool TokenValid);
