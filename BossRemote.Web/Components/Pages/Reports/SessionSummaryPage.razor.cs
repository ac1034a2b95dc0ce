using System.Globalization;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using BossRemote.Web.Components.Pages.Reports.Components;
using BossRemote.Web.Components.Shared;
using BossRemote.Web.Reports;
using BossRemote.Web.TimeZones;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BossRemote.Web.Components.Pages.Reports;

/// <summary>
/// Reports ➜ Integrations ➜ TeamViewer Session Summary. The days are the viewer's (<see cref="ViewerTimeZone"/>); the
/// service re-checks the Reports policy on every load. A newer filter cancels the load still running for an older one.
/// </summary>
public sealed partial class SessionSummaryPage
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly List<BreadcrumbItem> Breadcrumbs =
    [
        new("Reports", "reports"), new("Integrations", null, disabled: true), new("TeamViewer Session Summary", null, disabled: true),
    ];

    private SessionSummaryFilterState? _filter;
    private ReportSubscriptionList? _subscriptions;
    private readonly AddressFollower _address = new();
    private IReadOnlyList<TechnicianSummary> _technicians = [];
    private SessionSummary? _summary;
    private SessionTrend? _trend;
    private SessionSummaryQuery? _shown;
    private CancellationTokenSource? _load;
    private string? _error;
    private bool _loading;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private SessionSummaryService Reports { get; set; } = default!;

    [Inject]
    private SessionTrendService Trends { get; set; } = default!;

    [Inject]
    private TechnicianDirectory Directory { get; set; } = default!;

    [Inject]
    private ReportDateRanges DateRanges { get; set; } = default!;

    [Inject]
    private ViewerTimeZone ViewerTimeZone { get; set; } = default!;

    private string? ExportHref => _filter is null ? null : SessionSummaryExport.Href(_filter.ToQuery(ViewerTimeZone.Zone.Id));

    [SupplyParameterFromQuery(Name = "preset")]
    public string? PresetInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "technicians")]
    public string[]? TechniciansInAddress { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override bool ShouldRender() => _address.ShouldRender();

    protected override void OnAfterRender(bool firstRender) => _address.Rendered();

    protected override async Task OnInitializedAsync()
    {
        ViewerTimeZone.Changed += OnZoneChanged;
        _technicians = await Directory.ListAsync();
    }

    /// <summary>The address is the filter: opening a bookmark or going back or forward comes through here.</summary>
    protected override async Task OnParametersSetAsync()
    {
        var filter = SessionSummaryAddress.Parse(PresetInAddress, FromInAddress, ToInAddress, TechniciansInAddress,
                _technicians.Select(t => t.Id), DateRanges, ViewerTimeZone.Zone, out var problem)
            ?? SessionSummaryAddress.Default(DateRanges, ViewerTimeZone.Zone);
        if (!_address.ShouldFollow(SessionSummaryAddress.For(filter)))
        {
            return;
        }

        _filter = filter;
        await LoadAsync();
        _error ??= problem;
    }

    /// <summary>
    /// A filter chosen here is shown at once and written to the address; the address comes back a moment later, so
    /// the next choice always starts from what is on the screen, not from an address still on its way.
    /// </summary>
    private async Task OnFilterChangedAsync(SessionSummaryFilterState filter)
    {
        _filter = filter;
        var address = SessionSummaryAddress.For(filter);
        _address.ChoseHere(address);
        Navigation.NavigateTo(address);
        await LoadAsync();
    }

    /// <summary>The browser told its zone after the first render: presets and days now mean the viewer's.</summary>
    private void OnZoneChanged() => _ = InvokeAsync(async () =>
    {
        if (_filter is { } filter && filter.Preset != DateRangePreset.Custom)
        {
            _filter = filter with { Range = DateRanges.For(filter.Preset, ViewerTimeZone.Zone) };
        }

        await LoadAsync();
        StateHasChanged();
    });

    private async Task LoadAsync()
    {
        if (_filter is not { } filter)
        {
            return;
        }

        _load?.Cancel();
        using var load = _load = new CancellationTokenSource();
        _loading = true;
        _error = null;
        try
        {
            var user = (await AuthenticationState).User;
            var query = filter.ToQuery(ViewerTimeZone.Zone.Id);
            var summary = await Reports.GetAsync(user, query, load.Token);
            var trend = await Trends.GetAsync(user, query, load.Token);
            if (!load.IsCancellationRequested)
            {
                (_summary, _trend, _shown) = (summary, trend, query);
            }
        }
        catch (OperationCanceledException) when (load.IsCancellationRequested)
        {
            // A newer filter took over.
        }
        catch (Exception ex) when (ex is AccessDeniedException or ArgumentException)
        {
            _error = ex.Message;
        }
        finally
        {
            if (ReferenceEquals(_load, load))
            {
                _loading = false;
                _load = null;
            }
        }
    }

    /// <summary>A row of what is shown was pressed: its sessions, for the same technicians, days and zone.</summary>
    private async Task ShowSessionsAsync(ChosenRow row)
    {
        if (_shown is not { } query)
        {
            return;
        }

        var parameters = new DialogParameters<SessionDrillDownDialog> { { d => d.Query, query }, { d => d.Chosen, row } };
        await Dialogs.ShowAsync<SessionDrillDownDialog>(
            $"Sessions · {row.Name}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true });
    }

    private static string PeriodText(SessionSummary summary) =>
        string.Create(Invariant, $"{summary.Range.From:ddd d MMM yyyy} – {summary.Range.To:ddd d MMM yyyy} ({summary.Range.Days} {(summary.Range.Days == 1 ? "day" : "days")}) in {summary.TimeZoneId}, ")
        + (summary.AllTechnicians ? "all technicians" : string.Join(", ", summary.ByTechnician.Select(t => t.Name)));

    public void Dispose()
    {
        ViewerTimeZone.Changed -= OnZoneChanged;
        _load?.Cancel();
    }
}
