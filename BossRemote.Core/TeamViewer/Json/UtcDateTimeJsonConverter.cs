using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BossRemote.Core.TeamViewer.Json;

/// <summary>
/// TeamViewer dates are ISO 8601 UTC (<c>2013-02-21T13:42:55Z</c>, doc §0). Reads them as UTC even when the zone is
/// missing or only a date is given, and writes the documented second-precision form.
/// </summary>
internal sealed class UtcDateTimeJsonConverter : JsonConverter<DateTime>
{
    public const string Format = "yyyy-MM-ddTHH:mm:ssZ";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        throw new JsonException($"'{text}' is not an ISO 8601 date.");
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToApiString(value));

    public static string ToApiString(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return utc.ToString(Format, CultureInfo.InvariantCulture);
    }
}
