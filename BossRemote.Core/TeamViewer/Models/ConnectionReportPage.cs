using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>One page (≤ 1000) of connection reports, newest end date first.</summary>
public sealed record ConnectionReportPage
{
    [JsonPropertyName("records")]
    public IReadOnlyList<ConnectionReport> Records { get; init; } = [];

    /// <summary>The id of the last record returned; pass as <see cref="ConnectionReportFilter.OffsetId"/>.</summary>
    [JsonPropertyName("next_offset")]
    public string? NextOffset { get; init; }

    [JsonPropertyName("records_remaining")]
    public int? RecordsRemaining { get; init; }
}
