using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary><c>GET /reports/connections</c>; the paging fields are left out on the last page.</summary>
internal sealed record ReportListJson(
    [property: JsonPropertyName("records")] IReadOnlyList<ConnectionReportJson> Records,
    [property: JsonPropertyName("records_remaining")] int? RecordsRemaining,
    [property: JsonPropertyName("next_offset")] string? NextOffset);
