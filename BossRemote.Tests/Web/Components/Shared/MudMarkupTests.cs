using AngleSharp.Dom;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Shared;

/// <summary>
/// MudMarkup stands in for MudBlazor's components on pages many people keep open: each test renders the real
/// component beside it, so a MudBlazor upgrade that changes its markup fails here rather than changing the look unseen.
/// </summary>
public class MudMarkupTests : BunitTestBase
{
    [Theory]
    [InlineData(Variant.Filled, Color.Primary, Size.Medium)]
    [InlineData(Variant.Filled, Color.Error, Size.Medium)]
    [InlineData(Variant.Outlined, Color.Default, Size.Small)]
    [InlineData(Variant.Text, Color.Inherit, Size.Medium)]
    public void ButtonClass_AnyLook_IsMudButtonsClass(Variant variant, Color color, Size size)
    {
        var mud = Render<MudButton>(p => p.Add(b => b.Variant, variant).Add(b => b.Color, color).Add(b => b.Size, size)
            .Add(b => b.StartIcon, Icons.Material.Filled.PlayArrow).AddChildContent("Play"));

        Classes(mud.Find("button")).ShouldBe(Split(MudMarkup.ButtonClass(variant, color, size)));
    }

    [Theory]
    [InlineData(Size.Medium)]
    [InlineData(Size.Small)]
    public void ButtonLabel_WithAnIcon_IsMudButtonsLabel(Size size)
    {
        var mud = Render<MudButton>(p => p.Add(b => b.Size, size).Add(b => b.StartIcon, Icons.Material.Filled.PlayArrow).AddChildContent("Play"));
        var plain = Render(MudMarkup.ButtonLabel("Play", Icons.Material.Filled.PlayArrow, size));

        plain.Find("span.mud-button-label").OuterHtml.MarkupMatches(mud.Find("span.mud-button-label").OuterHtml);
    }

    [Theory]
    [InlineData(Color.Default, Size.Small)]
    [InlineData(Color.Inherit, Size.Medium)]
    public void IconButtonClassAndLabel_AnyLook_AreMudIconButtons(Color color, Size size)
    {
        var mud = Render<MudIconButton>(p => p.Add(b => b.Icon, Icons.Material.Filled.ContentCopy).Add(b => b.Color, color).Add(b => b.Size, size));
        var plain = Render(MudMarkup.IconButtonLabel(Icons.Material.Filled.ContentCopy, size));

        Classes(mud.Find("button")).ShouldBe(Split(MudMarkup.IconButtonClass(color, size)));
        plain.Find("span").OuterHtml.MarkupMatches(mud.Find("span.mud-icon-button-label").OuterHtml);
    }

    [Theory]
    [InlineData(Variant.Filled, Color.Success)]
    [InlineData(Variant.Outlined, Color.Warning)]
    [InlineData(Variant.Text, Color.Primary)]
    public void Chip_AnyLook_IsMudChipsMarkup(Variant variant, Color color)
    {
        var mud = Render<MudChip<string>>(p => p.Add(c => c.Variant, variant).Add(c => c.Color, color).Add(c => c.Size, Size.Small)
            .Add(c => c.Icon, Icons.Material.Filled.Circle).AddChildContent("Customer online"));
        var plain = Render(MudMarkup.Chip("Customer online", color, variant, Icons.Material.Filled.Circle));

        plain.Find(".mud-chip").OuterHtml.MarkupMatches(mud.Find(".mud-chip").OuterHtml);
    }

    [Fact]
    public void Chip_TextWithMarkup_ShowsItAsText()
    {
        var plain = Render(MudMarkup.Chip("<b>bold</b>", Color.Default, Variant.Filled, testId: "chip"));

        plain.Find("[data-testid='chip'] .mud-chip-content").TextContent.ShouldBe("<b>bold</b>");
        plain.FindAll("b").ShouldBeEmpty();
    }

    private static string[] Classes(IElement element) => Split(element.GetAttribute("class") ?? "");

    private static string[] Split(string classes) =>
        [.. classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
}
