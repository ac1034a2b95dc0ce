using System.Security.Claims;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace BossRemote.Web.Identity;

/// <summary>
/// Activity on an open page, for the idle timeout (ADR-015). A Blazor page talks over its circuit, not HTTP requests,
/// so the browser reports the person's own input — keys, pointer, wheel, touch — at most once a minute
/// (<c>bossRemote.watchActivity</c> in app.js, started by <c>ActivityReporter</c>). Not the circuit's inbound activity:
/// that also counts the browser acknowledging renders and answering the server's own JS calls, so a page that updates
/// itself (live updates, notices) would never go idle, while typing into a field sends nothing until it changes.
/// One per circuit; writes are throttled here too, whatever the browser sends.
/// </summary>
public sealed class CircuitSessionActivity(UserSessionStore sessions, AuthenticationStateProvider authentication, TimeProvider clock)
{
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(30);

    private DateTimeOffset _lastReport = DateTimeOffset.MinValue;

    /// <summary>How often the browser reports input (it skips the rest).</summary>
    public static TimeSpan ReportInterval { get; } = TimeSpan.FromMinutes(1);

    [JSInvokable]
    public async Task ReportAsync()
    {
        var now = clock.GetUtcNow();
        if (now - _lastReport < MinimumInterval)
        {
            return;
        }

        _lastReport = now;
        var state = await authentication.GetAuthenticationStateAsync();
        if (state.User.FindFirstValue(UserSession.ClaimType) is { } sessionId)
        {
            await sessions.NoteActivityAsync(sessionId);
        }
    }
}
