using BossRemote.Core.Common;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BossRemote.Web.Components.Pages.Settings;

public sealed partial class TeamViewerSettingsPage
{
    private static readonly List<BreadcrumbItem> Breadcrumbs =
    [
        new("Settings", "settings"), new("General", null, disabled: true), new("Integrations", null, disabled: true),
        new("TeamViewer", null, disabled: true),
    ];

    private TeamViewerSetupView? _setup;
    private IReadOnlyList<ActiveCaseSummary> _activeCases = [];
    private string? _token;
    private string? _groupName;
    private string? _moduleId;
    private string? _error;
    private string? _action;
    private bool _busy;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private TeamViewerSetupService Setup { get; set; } = default!;

    [Inject]
    private TeamViewerAccessRevocation Revocation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _setup = await Setup.GetAsync(await UserAsync());
        _groupName = _setup.GroupName;
        _moduleId = _setup.CustomModuleId;
    }

    private Task ConnectAsync() => RunAsync("connect", async user =>
    {
        var result = await Setup.ConnectAsync(user, _token);
        if (result.Succeeded)
        {
            _token = null; // the token leaves the page as soon as it is stored
            Snackbar.Add("TeamViewer is connected.", Severity.Success);
        }

        return result;
    });

    private Task SaveOptionsAsync() => RunAsync("options", async user =>
    {
        var result = await Setup.SaveOptionsAsync(user, _groupName, _moduleId);
        if (result.Succeeded)
        {
            Snackbar.Add("Saved.", Severity.Success);
        }

        return result;
    });

    private async Task LoadActiveCasesAsync() => _activeCases = await Revocation.ListActiveCasesAsync(await UserAsync());

    private Task RevokeAsync(bool closeActiveCases) => RunAsync("revoke", async user =>
    {
        var result = await Revocation.RevokeAsync(user, closeActiveCases);
        if (result.Succeeded)
        {
            Snackbar.Add("TeamViewer access was revoked.", Severity.Info);
        }

        return result;
    });

    private async Task RunAsync(string action, Func<System.Security.Claims.ClaimsPrincipal, Task<OperationResult>> run)
    {
        if (_busy)
        {
            return;
        }

        (_busy, _action, _error) = (true, action, null);
        try
        {
            _error = (await run(await UserAsync())).Error;
            await LoadAsync();
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        finally
        {
            (_busy, _action) = (false, null);
        }
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;
}
