using BossRemote.Core.Audit;

namespace BossRemote.Web.Components.Pages.Settings.Components;

/// <summary>The audit trail's filter as the page holds it: who, which action, which days (all optional).</summary>
public sealed record AuditFilterState(string? Actor = null, string? Action = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The query for the server, the days read in <paramref name="zoneId"/> (the viewer's zone).</summary>
    public AuditQuery ToQuery(string zoneId) => new(Actor, Action, From, To, zoneId);
}
