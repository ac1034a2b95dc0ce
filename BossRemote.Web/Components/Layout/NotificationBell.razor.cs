using BossRemote.Core.Identity;
using BossRemote.Core.Notifications;
using BossRemote.Web.Components.Shared;
using BossRemote.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BossRemote.Web.Components.Layout;

/// <summary>
/// The bell in the top bar. Its count is read from the stored notices (<see cref="NotificationService"/>), so it is
/// the same after a reload and on every instance, and is re-read live whenever the person gets a new one.
/// </summary>
public sealed partial class NotificationBell : IDisposable
{
    private static readonly string ButtonClass = MudMarkup.IconButtonClass(Color.Inherit);
    private static readonly string RingingClass = ButtonClass + " br-bell-ring";
    private static readonly RenderFragment QuietIcon = MudMarkup.IconButtonLabel(Icons.Material.Filled.Notifications);
    private static readonly RenderFragment ActiveIcon = MudMarkup.IconButtonLabel(Icons.Material.Filled.NotificationsActive);

    private IDisposable? _subscription;
    private IReadOnlyList<NotificationView>? _notices;
    private int _unread;
    private bool _open;
    private bool _ringing;
    private string? _announcement;
    private CancellationTokenSource? _ringEnds;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private LiveUpdates Live { get; set; } = default!;

    [Inject]
    private ILogger<NotificationBell> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string Label => _unread switch
    {
        0 => "Notifications",
        1 => "Notifications: 1 unread",
        _ => $"Notifications: {_unread} unread",
    };

    protected override async Task OnInitializedAsync() => _unread = await CountAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Once the page is live: a notice for this person, given on any instance, updates the count.
        if (firstRender && (await AuthenticationState).User.GetUserId() is { } userId)
        {
            _subscription = Live.SubscribeNotices(userId, () => InvokeAsync(RefreshAsync));
        }
    }

    private async Task RefreshAsync()
    {
        var unread = await CountAsync();
        if (unread > _unread)
        {
            Ring(unread);
        }

        _unread = unread;
        if (_open)
        {
            // The new one joins the open list as unread, and stays counted: a list left open in another tab or on a
            // page whose browser has gone is no sign that the person saw it. Opening the bell again marks it read.
            await LoadAsync(markRead: false);
        }

        StateHasChanged();
    }

    private async Task ToggleAsync()
    {
        if (_open)
        {
            Close();
            return;
        }

        (_open, _notices) = (true, null);
        await LoadAsync(markRead: true);
    }

    private void Close() => _open = false;

    private async Task LoadAsync(bool markRead)
    {
        var user = (await AuthenticationState).User;
        try
        {
            // Listed as they were (unread ones stand out), then marked read: the person has seen them now.
            _notices = await Notifications.ListMineAsync(user);
            if (markRead)
            {
                if (_unread > 0 || _notices.Any(n => !n.IsRead))
                {
                    await Notifications.MarkAllReadAsync(user);
                }

                _unread = 0;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Could not read the notifications");
            _notices ??= [];
        }
    }

    private async Task<int> CountAsync()
    {
        try
        {
            var user = (await AuthenticationState).User;
            return user.GetUserId() is null ? 0 : await Notifications.CountUnreadAsync(user);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The bell is on every page: it never takes the page down with it.
            Logger.LogWarning(ex, "Could not count the unread notifications");
            return _unread;
        }
    }

    // A short swing of the bell and a word to screen readers: a cue that covers nothing.
    private void Ring(int unread)
    {
        _announcement = unread == 1 ? "1 new notification" : $"{unread} unread notifications";
        _ringing = true;
        _ringEnds?.Cancel();
        _ringEnds?.Dispose();
        var ends = _ringEnds = new CancellationTokenSource();
        _ = Task.Delay(TimeSpan.FromSeconds(3), ends.Token).ContinueWith(
            t => t.IsCanceled ? Task.CompletedTask : InvokeAsync(() =>
            {
                _ringing = false;
                StateHasChanged();
            }),
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _ringEnds?.Cancel();
        _ringEnds?.Dispose();
    }
}
