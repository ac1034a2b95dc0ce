using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Json;

/// <summary>
/// Reads an int from a number or a numeric string, and the documented report type names
/// (<c>RemoteConnection</c> = 1, <c>RemoteSupportActive</c> = 2, <c>RemoteSupportActiveSdk</c> = 3, doc §4);
/// anything else becomes <see langword="null"/> instead of failing the whole response.
/// </summary>
internal sealed class LenientInt32JsonConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var number) ? number : null;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                return text switch
                {
                    "RemoteConnection" => 1,
                    "RemoteSupportActive" => 2,
                    "RemoteSupportActiveSdk" => 3,
                    _ => null,
                };
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }
}
