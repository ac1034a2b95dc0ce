using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>One page (≤ 1000) of <c>GET /sessions</c>, newest first.</summary>
public sealed record SessionPage
{
    [JsonPropertyName("sessions")]
    public IReadOnlyList<TeamViewerSession> Sessions { get; init; } = [];

    /// <summary>Pass as <see cref="SessionListFilter.Offset"/> for the next page.</summary>
    [JsonPropertyName("next_offset")]
    public string? NextOffset { get; init; }

    /// <summary>Omitted by TeamViewer when nothing remains.</summary>
    [JsonPropertyName("sessions_remaining")]
    public int? SessionsRemaining { get; init; }
}
