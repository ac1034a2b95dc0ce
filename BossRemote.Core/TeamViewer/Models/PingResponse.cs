using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

internal sealed record PingResponse([property: JsonPropertyName("token_valid")] bool TokenValid);
