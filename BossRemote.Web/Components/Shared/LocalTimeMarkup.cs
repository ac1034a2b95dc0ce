using System.Globalization;
using BossRemote.Web.TimeZones;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BossRemote.Web.Components.Shared;

/// <summary>
/// The markup of a UTC moment in the viewer's time zone — <c>&lt;time datetime title data-utc&gt;</c> — for
/// <see cref="LocalTime"/> and for lists that show many times and render them without a component each (each component
/// of an open page is held in server memory for as long as the page is open).
/// </summary>
public static class LocalTimeMarkup
{
    public const string DefaultPattern = "d MMM yyyy, HH:mm";

    public static RenderFragment Render(ViewerTimeZone zone, DateTime utc, string pattern = DefaultPattern) =>
        builder => Build(builder, zone, utc, pattern);

    /// <summary>As <see cref="LocalTime"/> shows it: the time, or a dash when there is none.</summary>
    public static RenderFragment Render(ViewerTimeZone zone, DateTime? utc, string pattern = DefaultPattern) => builder =>
    {
        if (utc is { } value)
        {
            builder.OpenRegion(0);
            Build(builder, zone, value, pattern);
            builder.CloseRegion();
        }
        else
        {
            builder.OpenElement(1, "span");
            builder.AddContent(2, "—");
            builder.CloseElement();
        }
    };

    public static void Build(RenderTreeBuilder builder, ViewerTimeZone zone, DateTime utc, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(zone);
        var text = Format(zone, utc, pattern);
        var iso = utc.ToString("O", CultureInfo.InvariantCulture);
        builder.OpenElement(0, "time");
        builder.AddAttribute(1, "datetime", iso);
        builder.AddAttribute(2, "title", Title(zone, utc, text));
        builder.AddAttribute(3, "data-utc", iso);
        builder.AddContent(4, text);
        builder.CloseElement();
    }

    /// <summary>The tooltip: the shown time with the zone it is in and that zone's offset then.</summary>
    public static string Title(ViewerTimeZone zone, DateTime utc, string text)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{text} ({zone.Zone.Id}, {zone.OffsetLabel(utc)})";
    }

    public static string Format(ViewerTimeZone zone, DateTime utc, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.ToLocal(utc).ToString(pattern, CultureInfo.InvariantCulture);
    }
}
