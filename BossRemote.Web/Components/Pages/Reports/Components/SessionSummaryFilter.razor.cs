using System.Globalization;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using BossRemote.Web.TimeZones;
using Microsoft.AspNetCore.Components;

namespace BossRemote.Web.Components.Pages.Reports.Components;

/// <summary>
/// The report's filters: technicians (none chosen means all), a preset or custom days. Raises every valid change
/// through <see cref="ValueChanged"/>; days that cannot run stay here with the reason shown.
/// </summary>
public sealed partial class SessionSummaryFilter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly DateRangePreset[] Presets =
    [
        DateRangePreset.Today, DateRangePreset.Last7Days, DateRangePreset.ThisMonth, DateRangePreset.LastMonth,
        DateRangePreset.Last3Months, DateRangePreset.Last12Months, DateRangePreset.Custom,
    ];
    private string? _error;
    private DateTime? _from;
    private DateTime? _to;

    [Parameter, EditorRequired]
    public SessionSummaryFilterState Value { get; set; } = default!;

    [Parameter]
    public EventCallback<SessionSummaryFilterState> ValueChanged { get; set; }

    [Parameter]
    public IReadOnlyList<TechnicianSummary> Technicians { get; set; } = [];

    private DateTime? From => _from ?? Value.Range.From.ToDateTime(TimeOnly.MinValue);

    private DateTime? To => _to ?? Value.Range.To.ToDateTime(TimeOnly.MinValue);

    protected override void OnParametersSet() => (_from, _to) = (null, null);

    private Task OnTechniciansChanged(IEnumerable<string>? ids) =>
        ChangeAsync(Value with { TechnicianIds = [.. (ids ?? []).Where(id => Technicians.Any(t => t.Id == id))] });

    /// <summary>The chosen preset again changes nothing (the address stays as it is).</summary>
    private Task OnPresetAsync(DateRangePreset preset) =>
        preset == Value.Preset ? Task.CompletedTask
        : preset == DateRangePreset.Custom ? ChangeAsync(Value with { Preset = preset })
        : ChangeAsync(Value with { Preset = preset, Range = DateRanges.For(preset, ViewerTimeZone.Zone) });

    private Task OnFromChanged(DateTime? from)
    {
        _from = from;
        return OnDatesChangedAsync();
    }

    private Task OnToChanged(DateTime? to)
    {
        _to = to;
        return OnDatesChangedAsync();
    }

    /// <summary>Typing or picking a date makes the range custom; a range that cannot run stays here with its reason.</summary>
    private async Task OnDatesChangedAsync()
    {
        if (From is not { } from || To is not { } to)
        {
            _error = "Choose both a start and an end date.";
            return;
        }

        var range = new BossRemote.Core.Reports.DayRange(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to));
        if (range == Value.Range)
        {
            // The pickers echo the dates a preset just set: nothing changed, and the preset stays.
            _error = null;
            return;
        }

        _error = range.To < range.From ? "The end date is before the start date."
            : range.Days > SessionSummaryQuery.MaxDays ? $"A report covers at most {SessionSummaryQuery.MaxDays} days."
            : null;
        if (_error is null)
        {
            await ChangeAsync(Value with { Preset = DateRangePreset.Custom, Range = range });
        }
    }

    private string TechniciansText(IReadOnlyList<string> ids) => ids.Count switch
    {
        0 => "All technicians",
        1 => Technicians.FirstOrDefault(t => t.Id == ids[0])?.DisplayName ?? "1 technician",
        _ => $"{ids.Count} technicians",
    };

    private async Task ChangeAsync(SessionSummaryFilterState next)
    {
        _error = null;
        Value = next;
        (_from, _to) = (null, null);
        await ValueChanged.InvokeAsync(next);
    }

    [Inject]
    private ReportDateRanges DateRanges { get; set; } = default!;

    [Inject]
    private ViewerTimeZone ViewerTimeZone { get; set; } = default!;
}
