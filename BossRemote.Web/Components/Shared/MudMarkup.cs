using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace BossRemote.Web.Components.Shared;

/// <summary>
/// MudBlazor's look without its components, for what every open ticket page shows: buttons, icon buttons, icons and
/// chips as plain elements in MudBlazor's own classes (the same markup its components render). Each component of an
/// open page is held in the server's memory for as long as the page is open — a MudButton with an icon is two, a chip
/// with an icon two, and a ticket page showed about ninety (issue 11, ADR-019).
/// </summary>
/// <remarks>
/// The element and its click handler stay in the page's Razor, so the handler belongs to the page as usual:
/// <c>&lt;button type="button" class="@MudMarkup.ButtonClass(Variant.Filled, Color.Primary)" @onclick="…"&gt;@MudMarkup.ButtonLabel("Play", icon)&lt;/button&gt;</c>.
/// Class strings are built once per combination and shared, so open pages do not each hold their own copy.
/// </remarks>
public static class MudMarkup
{
    private static readonly ConcurrentDictionary<(Variant, Color, Size), string> ButtonClasses = new();
    private static readonly ConcurrentDictionary<(Color, Size), string> IconButtonClasses = new();
    private static readonly ConcurrentDictionary<(Variant, Color), string> ChipClasses = new();

    /// <summary>The classes of a <see cref="MudButton"/> (with its ripple), e.g. <c>mud-button-filled-primary</c>.</summary>
    public static string ButtonClass(Variant variant, Color color, Size size = Size.Medium) =>
        ButtonClasses.GetOrAdd((variant, color, size), static key =>
        {
            var (variant, color, size) = key;
            var v = Name(variant);
            return $"mud-button-root mud-button mud-button-{v} mud-button-{v}-{Name(color)} mud-button-{v}-size-{Name(size)} mud-ripple";
        });

    /// <summary>The classes of a <see cref="MudIconButton"/>.</summary>
    public static string IconButtonClass(Color color = Color.Default, Size size = Size.Medium) =>
        IconButtonClasses.GetOrAdd((color, size), static key =>
        {
            var (color, size) = key;
            var colour = color == Color.Default ? "" : $" mud-{Name(color)}-text hover:mud-{Name(color)}-hover";
            var sized = size == Size.Medium ? "" : $" mud-icon-button-size-{Name(size)}";
            return $"mud-button-root mud-icon-button{colour} mud-ripple mud-ripple-icon{sized}";
        });

    /// <summary>A button's content: its optional start icon and its text.</summary>
    public static RenderFragment ButtonLabel(string text, string? startIcon = null, Size size = Size.Medium) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-button-label");
        if (startIcon is not null)
        {
            builder.OpenElement(2, "span");
            builder.AddAttribute(3, "class", size == Size.Small ? "mud-button-icon-start mud-button-icon-size-small" : "mud-button-icon-start mud-button-icon-size-medium");
            builder.OpenRegion(4);
            BuildIcon(builder, startIcon, size, null);
            builder.CloseRegion();
            builder.CloseElement();
        }

        builder.AddContent(5, text);
        builder.CloseElement();
    };

    /// <summary>An icon button's content.</summary>
    public static RenderFragment IconButtonLabel(string icon, Size size = Size.Medium) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-icon-button-label");
        builder.OpenRegion(2);
        BuildIcon(builder, icon, size, null);
        builder.CloseRegion();
        builder.CloseElement();
    };

    /// <summary>A <see cref="MudIcon"/>: the icon's SVG paths in MudBlazor's <c>svg</c>.</summary>
    public static RenderFragment Icon(string icon, Size size = Size.Medium, string? cssClass = null) =>
        builder => BuildIcon(builder, icon, size, cssClass);

    /// <summary>A small <see cref="MudChip{T}"/> that does nothing when pressed, with an optional icon.</summary>
    public static RenderFragment Chip(string text, Color color, Variant variant, string? icon = null, string? dataStatus = null, string? testId = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-chip-container");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", ChipClasses.GetOrAdd((variant, color), static key =>
            $"mud-chip mud-chip-{Name(key.Item1)} mud-chip-size-small mud-chip-color-{Name(key.Item2)}"));
        builder.AddAttribute(4, "tabindex", "-1");
        builder.AddAttribute(5, "data-status", dataStatus);
        builder.AddAttribute(6, "data-testid", testId);
        if (icon is not null)
        {
            builder.OpenRegion(7);
            BuildIcon(builder, icon, Size.Small, "mud-chip-icon");
            builder.CloseRegion();
        }

        builder.OpenElement(8, "span");
        builder.AddAttribute(9, "class", "mud-chip-content");
        builder.AddContent(10, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    // In a region of its own, so its sequence numbers do not clash with the caller's.
    private static void BuildIcon(RenderTreeBuilder builder, string icon, Size size, string? cssClass)
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", cssClass is null
            ? IconClass(size)
            : $"{IconClass(size)} {cssClass}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddAttribute(5, "role", "img");
        builder.AddMarkupContent(6, icon);
        builder.CloseElement();
    }

    private static string IconClass(Size size) => size switch
    {
        Size.Small => "mud-icon-root mud-svg-icon mud-icon-size-small",
        Size.Large => "mud-icon-root mud-svg-icon mud-icon-size-large",
        _ => "mud-icon-root mud-svg-icon mud-icon-size-medium",
    };

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
