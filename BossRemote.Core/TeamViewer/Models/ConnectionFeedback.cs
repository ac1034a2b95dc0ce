using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>The customer's feedback; <c>{}</c> when feedback was enabled but none was given.</summary>
public sealed record ConnectionFeedback
{
    [JsonPropertyName("session_rating")]
    public int? SessionRating { get; init; }

    [JsonPropertyName("user_comment")]
    public string? UserComment { get; init; }
}
