using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using BossRemote.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BossRemote.Web.Components.Pages.Tickets;

public sealed partial class TicketPage
{
    private TicketDetails? _ticket;
    private bool _loading = true;
    private bool _busy;
    private bool _canWork;
    private bool _loadingNotes;
    private int _noteLimit = TicketReader.NotesPerPage;
    private string? _statusError;
    private IDisposable? _subscription;
    private readonly TicketPageRefresh _refresh = new();

    [Parameter]
    public int Number { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private TicketReader Reader { get; set; } = default!;

    [Inject]
    private TicketWorkflow Workflow { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private TicketTimeline Timeline { get; set; } = default!;

    [Inject]
    private UserAccess Access { get; set; } = default!;

    [Inject]
    private LiveUpdates Live { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _loading = _ticket?.Number != Number;
        if (_loading)
        {
            _noteLimit = TicketReader.NotesPerPage;
        }

        var user = (await AuthenticationState).User;
        _canWork = await Access.IsAllowedAsync(user, Policies.WorkTickets);
        await LoadAsync();

        _subscription?.Dispose();
        _subscription = _ticket is null ? null : Live.SubscribeTicket(_ticket.Id, () => InvokeAsync(RefreshAsync));
    }

    /// <summary>
    /// The ticket changed somewhere: the page and its parts (the widget) re-read side by side, and whatever changed is
    /// shown in one render. With fifty pages open on a ticket, a render each that changes nothing adds up, and so does a
    /// second render batch for the same change (issue 11).
    /// </summary>
    private async Task RefreshAsync()
    {
        var shown = _ticket;
        var partsReread = _refresh.RereadAsync();
        await LoadAsync();
        var partsHaveNews = await partsReread;
        if (shown?.ShowsTheSameAs(_ticket) != true)
        {
            StateHasChanged(); // the parts with news render within it
        }
        else if (partsHaveNews)
        {
            _refresh.RenderNews();
        }
    }

    private async Task LoadAsync()
    {
        _ticket = await Reader.GetAsync((await AuthenticationState).User, Number, _noteLimit);
        _loading = false;
    }

    /// <summary>The next page of older notes; live updates keep re-reading as many as are shown.</summary>
    private async Task ShowMoreNotesAsync()
    {
        _loadingNotes = true;
        try
        {
            _noteLimit += TicketReader.NotesPerPage;
            await LoadAsync();
        }
        finally
        {
            _loadingNotes = false;
        }
    }

    private async Task ChangeStatusAsync(TicketStatus status)
    {
        if (_busy || _ticket is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            if (status == TicketStatus.Resolved && await Workflow.GetResolveWarningAsync(user, _ticket.Id) is { } warning
                && await Dialogs.ShowMessageBoxAsync(new MessageBoxOptions
                {
                    Title = "Resolve with a remote session still open?",
                    Message = warning,
                    YesText = "Resolve anyway",
                    CancelText = "Cancel",
                }) != true)
            {
                return;
            }

            var result = await Workflow.ChangeStatusAsync(user, _ticket.Number, status);
            _statusError = result.Error;
            await LoadAsync();
        }
        catch (AccessDeniedException ex)
        {
            _statusError = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<OperationResult> AddNoteAsync(string text)
    {
        try
        {
            var result = await Timeline.AddNoteAsync((await AuthenticationState).User, Number, text);
            if (result.Succeeded)
            {
                await LoadAsync();
                StateHasChanged(); // called by the note field, not as this page's event: nothing else renders the note
            }

            return result;
        }
        catch (AccessDeniedException ex)
        {
            return OperationResult.Fail(ex.Message);
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
