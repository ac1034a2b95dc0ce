using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary><c>end_customer</c>: both fields optional; the object itself is left out when both are empty.</summary>
internal sealed record EndCustomerJson
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    public static EndCustomerJson? From(string? name, string? email) =>
        string.IsNullOrEmpty(name) && string.IsNullOrEmpty(email) ? null : new EndCustomerJson { Name = SimulatorJson.Text(name), Email = SimulatorJson.Text(email) };
}
