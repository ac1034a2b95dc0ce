using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>
/// Body of <c>PUT /reports/connections/{id}</c> (doc §4): <c>notes</c> and <c>billing_state</c>; only what is set is sent.
/// </summary>
public sealed record UpdateConnectionReportRequest
{
    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    /// <summary><c>Bill</c>, <c>Billed</c> or <c>DoNotBill</c>.</summary>
    [JsonPropertyName("billing_state")]
    public string? BillingState { get; init; }
}
