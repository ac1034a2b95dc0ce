using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary><c>feedback</c>: <c>{}</c> when feedback was enabled but the customer gave none (doc §4), as in the simulator.</summary>
internal sealed record FeedbackJson
{
    public static FeedbackJson None { get; } = new();

    [JsonPropertyName("session_rating")]
    public int? SessionRating { get; init; }

    [JsonPropertyName("user_comment")]
    public string? UserComment { get; init; }
}
