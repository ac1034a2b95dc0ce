using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary>The body of <c>PUT /reports/connections/{id}</c> (doc §4); unknown fields are ignored.</summary>
internal sealed record ConnectionReportInputJson
{
    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    [JsonPropertyName("billing_state")]
    public string? BillingState { get; init; }
}
