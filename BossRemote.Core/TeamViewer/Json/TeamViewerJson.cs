using System.Text.Json;
using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Json;

/// <summary>The one set of JSON options for TeamViewer bodies: exact snake_case names come from the models' attributes.</summary>
internal static class TeamViewerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Omitted means "unchanged" in a PUT and "not given" in a POST (doc §0): never send nulls.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new UtcDateTimeJsonConverter() },
    };
}
