using System.Text.Json;
using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Core.TeamViewer.Json;

/// <summary>
/// The docs show <c>open</c>/<c>closed</c>, real responses <c>Open</c>/<c>Closed</c>, and SWAGGER an int enum
/// (doc §2.2): read any case, map anything else to <see cref="TeamViewerSessionState.Unknown"/>, write lowercase.
/// </summary>
internal sealed class SessionStateJsonConverter : JsonConverter<TeamViewerSessionState>
{
    public override TeamViewerSessionState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return TeamViewerSessionState.Unknown;
        }

        return reader.GetString()?.Trim().ToUpperInvariant() switch
        {
            "OPEN" => TeamViewerSessionState.Open,
            "CLOSED" => TeamViewerSessionState.Closed,
            _ => TeamViewerSessionState.Unknown,
        };
    }

    public override void Write(Utf8JsonWriter writer, TeamViewerSessionState value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToApiString(value));

    public static string ToApiString(TeamViewerSessionState value) => value switch
    {
        TeamViewerSessionState.Open => "open",
        TeamViewerSessionState.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Only open and closed can be sent to TeamViewer."),
    };
}
