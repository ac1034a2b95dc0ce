namespace BossRemote.Core.Audit;

/// <summary>
/// What the audit trail is filtered by: who acted (a user id, or <see cref="SystemActor"/> for BossRemote itself),
/// which action, and which days (both ends included) in the viewer's time zone. Every part is optional.
/// </summary>
public sealed record AuditQuery(
    string? Actor = null, string? Action = null, DateOnly? From = null, DateOnly? To = null, string TimeZoneId = "UTC")
{
    /// <summary>The actor key for what BossRemote did by itself (jobs), whose entries carry no user id.</summary>
    public const string SystemActor = "system";
}
