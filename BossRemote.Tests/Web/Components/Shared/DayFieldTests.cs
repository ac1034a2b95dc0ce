using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Shared;

/// <summary>
/// A render of the form around a day field must not reach its picker unless the day changed: the picker would put the
/// shown date back over one being typed (seen in Chromium when a report finished loading while a date was typed).
/// </summary>
public sealed class DayFieldTests : BunitTestBase
{
    private static readonly DateTime March10 = new(2026, 3, 10);
    private readonly List<DateTime?> _changes = [];

    public DayFieldTests() => RenderPopoverProvider();

    [Fact]
    public void Render_TheFormRendersAgainWithTheSameDay_ThePickerDoesNotRender()
    {
        var cut = RenderField(March10);
        var picker = cut.FindComponent<MudDatePicker>();
        var renders = picker.RenderCount;

        cut.Render(p => p.Add(c => c.Date, March10).Add(c => c.DateChanged, Recorder(_changes)));

        picker.RenderCount.ShouldBe(renders);
        Input(cut).GetAttribute("value").ShouldBe("2026-03-10");
    }

    [Fact]
    public void Render_ADifferentDay_ShowsIt()
    {
        var cut = RenderField(March10);

        cut.Render(p => p.Add(c => c.Date, new DateTime(2026, 4, 1)));

        Input(cut).GetAttribute("value").ShouldBe("2026-04-01");
    }

    [Fact]
    public async Task Typed_ADay_ReportsIt()
    {
        var cut = RenderField(March10);

        await Input(cut).ChangeAsync(new ChangeEventArgs { Value = "2026-02-14" });

        _changes.ShouldBe([new DateTime(2026, 2, 14)]);
    }

    private IRenderedComponent<DayField> RenderField(DateTime? date) =>
        Render<DayField>(p => p
            .Add(c => c.Label, "From")
            .Add(c => c.Date, date)
            .Add(c => c.DateChanged, Recorder(_changes))
            .AddUnmatched("data-testid", "day"));

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<DayField> cut) => cut.Find($"input{TestId("day")}");
}
