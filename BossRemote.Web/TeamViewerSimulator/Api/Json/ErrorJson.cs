using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary>The error body of doc §5.2.</summary>
internal sealed record ErrorJson(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription,
    [property: JsonPropertyName("error_code")] int ErrorCode,
    [property: JsonPropertyName("error_signature")] string? ErrorSignature);
