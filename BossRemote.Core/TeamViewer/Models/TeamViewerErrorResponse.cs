using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewer.Json;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>The API's JSON error body (doc §5.2).</summary>
internal sealed record TeamViewerErrorResponse
{
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }

    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(LenientInt32JsonConverter))]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("error_signature")]
    [JsonConverter(typeof(LenientStringJsonConverter))]
    public string? ErrorSignature { get; init; }
}
