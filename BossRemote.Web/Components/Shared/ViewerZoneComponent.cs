using BossRemote.Web.TimeZones;
using Microsoft.AspNetCore.Components;

namespace BossRemote.Web.Components.Shared;

/// <summary>
/// A component that shows times in the viewer's zone (<see cref="LocalTimeMarkup"/>) and renders again once the
/// browser has told the zone (first visit without the zone cookie, ADR-006).
/// </summary>
public abstract class ViewerZoneComponent : ComponentBase, IDisposable
{
    [Inject]
    protected ViewerTimeZone Zone { get; set; } = default!;

    protected override void OnInitialized() => Zone.Changed += OnZoneChanged;

    private void OnZoneChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        Zone.Changed -= OnZoneChanged;
        GC.SuppressFinalize(this);
    }
}
