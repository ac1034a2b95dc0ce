using System.Text.Json;
using BossRemote.Core.Common.Events;
using BossRemote.Core.Notifications;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;

namespace BossRemote.Web.Realtime;

/// <summary>
/// The relay's wire format: <c>{"origin":"…","type":"TicketChanged","update":{…}}</c>. Only the live updates named
/// here travel; anything else is refused on both ends, so a message on the channel can never name a type to create.
/// </summary>
public static class LiveUpdateCodec
{
    private static readonly Dictionary<string, Type> Types = new[]
    {
        typeof(TicketChanged), typeof(TeamViewerConnectionChanged), typeof(UserNotification),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static string Encode(string origin, ILiveUpdate update)
    {
        var type = update.GetType();
        if (!Types.ContainsKey(type.Name) || Types[type.Name] != type)
        {
            throw new ArgumentException($"{type.Name} is not a live update that travels between instances.", nameof(update));
        }

        return JsonSerializer.Serialize(new Envelope(origin, type.Name, JsonSerializer.SerializeToElement(update, type)));
    }

    /// <summary>The update and the instance it came from, or null for anything this version does not know.</summary>
    public static (string Origin, ILiveUpdate Update)? Decode(string message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(message);
            if (envelope is null || !Types.TryGetValue(envelope.Type, out var type)
                || envelope.Update.Deserialize(type) is not ILiveUpdate update)
            {
                return null;
            }

            return (envelope.Origin, update);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Envelope(string Origin, string Type, JsonElement Update);
}
