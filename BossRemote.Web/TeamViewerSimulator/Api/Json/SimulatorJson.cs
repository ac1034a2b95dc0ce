using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary>The simulator's JSON conventions: snake_case names from attributes, empty fields left out, second-precision UTC dates.</summary>
internal static class SimulatorJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // API bodies are never embedded in HTML: write links with a plain '&' as TeamViewer does, not \u0026.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>yyyy-MM-ddTHH:mm:ssZ</c> (doc §0).</summary>
    public static string? Date(DateTime? utc) =>
        utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Empty text is left out like a missing field.</summary>
    public static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
