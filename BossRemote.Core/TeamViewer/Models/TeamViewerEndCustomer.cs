using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>The person being helped (<c>end_customer</c>): name ≤ 100, e-mail ≤ 254 characters, both optional.</summary>
public sealed record TeamViewerEndCustomer
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }
}
