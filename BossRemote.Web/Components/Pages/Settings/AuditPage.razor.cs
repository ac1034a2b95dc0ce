using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Web.Components.Pages.Settings.Components;
using BossRemote.Web.Components.Shared;
using BossRemote.Web.TimeZones;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BossRemote.Web.Components.Pages.Settings;

/// <summary>
/// Settings ➜ Audit trail: filtered by person, action and days (the viewer's, <see cref="ViewerTimeZone"/>) on the
/// server, one page at a time; the filter lives in the address, so a link or Back restores it.
/// </summary>
public sealed partial class AuditPage
{
    private readonly List<BreadcrumbItem> _breadcrumbs = [new("Settings", "settings"), new("Audit trail", null, disabled: true)];
    private readonly AddressFollower _address = new();
    private MudDataGrid<AuditEntry>? _grid;
    private AuditFilterState _filter = new();
    private IReadOnlyList<AuditActor> _actors = [];
    private string? _error;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private AuditLog Audit { get; set; } = default!;

    [Inject]
    private ViewerTimeZone ViewerTimeZone { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "person")]
    public string? PersonInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "action")]
    public string? ActionInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToInAddress { get; set; }

    protected override async Task OnInitializedAsync()
    {
        ViewerTimeZone.Changed += OnZoneChanged;
        _actors = await Audit.ListActorsAsync((await AuthenticationState).User);
    }

    protected override bool ShouldRender() => _address.ShouldRender();

    protected override void OnAfterRender(bool firstRender) => _address.Rendered();

    /// <summary>The address is the filter: a link, Back or Forward comes through here.</summary>
    protected override async Task OnParametersSetAsync()
    {
        var filter = AuditTrailAddress.Parse(PersonInAddress, ActionInAddress, FromInAddress, ToInAddress, out var problem);
        if (!_address.ShouldFollow(AuditTrailAddress.For(filter)))
        {
            return;
        }

        _filter = filter;
        _error = problem;
        await ReloadAsync();
    }

    /// <summary>A filter chosen here shows at once and is written to the address (whose echo is then ignored).</summary>
    private async Task OnFilterChangedAsync(AuditFilterState filter)
    {
        _filter = filter;
        _error = null;
        var address = AuditTrailAddress.For(filter);
        _address.ChoseHere(address);
        Navigation.NavigateTo(address);
        await ReloadAsync();
    }

    private async Task<GridData<AuditEntry>> LoadAsync(GridState<AuditEntry> state, CancellationToken cancellationToken)
    {
        try
        {
            var query = _filter.ToQuery(ViewerTimeZone.Zone.Id);
            var page = await Audit.ListAsync((await AuthenticationState).User, query, state.Page, state.PageSize, cancellationToken);
            return new GridData<AuditEntry> { Items = page.Items, TotalItems = page.TotalCount };
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
            return new GridData<AuditEntry> { Items = [], TotalItems = 0 };
        }
    }

    /// <summary>A new filter starts at its first page.</summary>
    private async Task ReloadAsync()
    {
        if (_grid is null)
        {
            return;
        }

        if (_grid.CurrentPage > 0)
        {
            // Going to the first page loads it.
            _grid.NavigateTo(Page.First);
        }
        else
        {
            await _grid.ReloadServerData();
        }
    }

    /// <summary>The browser told its zone after the first render: the days now mean the viewer's.</summary>
    private void OnZoneChanged() => _ = InvokeAsync(async () =>
    {
        await ReloadAsync();
        StateHasChanged();
    });

    public void Dispose() => ViewerTimeZone.Changed -= OnZoneChanged;
}
