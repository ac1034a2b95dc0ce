using BossRemote.Core.Common;
using BossRemote.Core.Email;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace BossRemote.Web.Components.Pages.Tickets.Components;

/// <summary>
/// The TeamViewer widget in a ticket's Integrations panel: loads its state, runs Play / Stop / close-locally through
/// Core (which re-checks the role), and re-reads with the ticket page whenever anything changes the ticket — another
/// browser, a job (<see cref="TicketPageRefresh"/>).
/// </summary>
public sealed partial class TeamViewerWidget
{
    private TeamViewerWidgetModel? _model;
    private InvitationEmailView? _invitation;
    private IDisposable? _subscription;
    private IDisposable? _connectionSubscription;
    private ITimer? _unconfirmedTimer;
    private bool _busy;
    private bool _isAdmin;
    private string? _error;
    private bool _canCloseLocally;

    [Parameter, EditorRequired]
    public int TicketId { get; set; }

    [Parameter, EditorRequired]
    public int TicketNumber { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ServiceCaseReader Reader { get; set; } = default!;

    [Inject]
    private ServiceCaseStarter Starter { get; set; } = default!;

    [Inject]
    private ServiceCaseStopper Stopper { get; set; } = default!;

    [Inject]
    private CustomerInvitations Invitations { get; set; } = default!;

    [Inject]
    private UserAccess Access { get; set; } = default!;

    [Inject]
    private LiveUpdates Live { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>
    /// The ticket page's live refresh: the widget re-reads beside the page when the ticket changes and shows the change
    /// within the page's render, not in a render of its own (issue 11).
    /// </summary>
    [Parameter, EditorRequired]
    public TicketPageRefresh Refresh { get; set; } = default!;

    private int? _subscribedTicketId;
    private bool _unchangedParameters;
    private bool _news;

    protected override bool ShouldRender()
    {
        var render = !_unchangedParameters;
        _unchangedParameters = false;
        _news &= !render;
        return render;
    }

    // The widget rendered after all: when the page's render came while the widget had a render of its own queued,
    // ComponentBase did not ask ShouldRender, and the skip would otherwise swallow the widget's next render.
    protected override void OnAfterRender(bool firstRender) => _unchangedParameters = false;

    protected override async Task OnParametersSetAsync()
    {
        // The ticket page renders on every change of the ticket; only a different ticket means loading and
        // subscribing again. Otherwise the widget renders with the page only to show what it re-read beside it.
        if (_subscribedTicketId == TicketId)
        {
            _unchangedParameters = !_news;
            return;
        }

        _isAdmin = await Access.IsAllowedAsync((await AuthenticationState).User, Policies.Admin);
        await LoadAsync();
        _subscription?.Dispose();
        _subscribedTicketId = TicketId;
        _subscription = Refresh.Join(RereadAsync, RenderNews);
        _connectionSubscription ??= Live.SubscribeConnection(() => InvokeAsync(ReloadAsync));
    }

    /// <summary>The TeamViewer connection changed, or the clock turned "creating" into "unconfirmed": read again and show it.</summary>
    private async Task ReloadAsync()
    {
        await RereadAsync();
        RenderNews();
    }

    /// <summary>Reads the state again without rendering; true when there is something new to show.</summary>
    private async Task<bool> RereadAsync()
    {
        var (model, invitation) = (_model, _invitation);
        await LoadAsync();
        if (_model == model && _invitation == invitation)
        {
            return false; // e.g. a note added to the ticket: nothing the widget shows changed, so it need not render
        }

        if (_model?.State != model?.State)
        {
            _error = null; // the message was about a state that no longer stands
            _canCloseLocally = false;
        }

        _news = true;
        return true;
    }

    private void RenderNews()
    {
        if (_news)
        {
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        var user = (await AuthenticationState).User;
        _model = await Reader.GetWidgetAsync(user, TicketId);
        _invitation = _model.Current is { State: ServiceCaseState.Active } active ? await Invitations.GetLatestAsync(user, active.Id) : null;
        ScheduleUnconfirmedCheck();
    }

    /// <summary>
    /// "Creating" turns into "Unconfirmed" by the clock alone, with nothing stored changing: read again at that moment
    /// so Try again and Cancel appear without a reload.
    /// </summary>
    private void ScheduleUnconfirmedCheck()
    {
        _unconfirmedTimer?.Dispose();
        _unconfirmedTimer = null;
        if (_model?.UnconfirmedAt is { } at)
        {
            var due = at - Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMilliseconds(100);
            _unconfirmedTimer = Clock.CreateTimer(_ => _ = InvokeAsync(ReloadAsync), null,
                due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private Task PlayAsync() => RunAsync(user => Starter.StartAsync(user, TicketNumber));

    private Task StopAsync(StopWrapUp wrapUp) => RunAsync(user => Stopper.StopAsync(user, TicketNumber, wrapUp));

    private Task CloseLocallyAsync() => RunAsync(user => Stopper.CloseLocallyAsync(user, TicketNumber));

    private Task CancelAsync() => RunAsync(user => Stopper.CancelAsync(user, TicketNumber));

    private Task ResendAsync() => RunAsync(async user =>
    {
        var result = await Invitations.ResendAsync(user, _model?.Current?.Id ?? 0);
        return result.Succeeded ? ServiceCaseResult.Success(_model?.Current) : ServiceCaseResult.Fail(result.Error!);
    });

    /// <summary>One action at a time: a second click while one runs is ignored, not sent twice.</summary>
    private async Task RunAsync(Func<System.Security.Claims.ClaimsPrincipal, Task<ServiceCaseResult>> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await action((await AuthenticationState).User);
            _error = result.Error;
            _canCloseLocally = result.CanCloseLocally;
            if (result.Notice is { } notice)
            {
                // A success with a caveat the technician must act on (the ticket was not resolved; a cancel TeamViewer
                // could not confirm): a warning, not news.
                Snackbar.Add(notice, Severity.Warning);
            }
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
            _canCloseLocally = false;
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private async Task CopyAsync(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        bool copied;
        try
        {
            copied = await JS.InvokeAsync<bool>("bossRemote.copy", text);
        }
        catch (JSException)
        {
            copied = false;
        }

        Snackbar.Add(copied ? "Copied to the clipboard." : "The browser did not allow copying; select the text instead.",
            copied ? Severity.Success : Severity.Warning);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _connectionSubscription?.Dispose();
        _unconfirmedTimer?.Dispose();
    }
}
