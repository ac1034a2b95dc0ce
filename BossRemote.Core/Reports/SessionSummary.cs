namespace BossRemote.Core.Reports;

/// <summary>
/// The TeamViewer Session Summary: closed cases whose start falls in <see cref="Utc"/>, summed and broken down by the
/// ticket's category, type, priority and source and by technician. Durations are whole seconds.
/// </summary>
public sealed record SessionSummary(
    DayRange Range,
    string TimeZoneId,
    UtcRange Utc,
    bool AllTechnicians,
    SessionTotals Totals,
    IReadOnlyList<SessionGroup> ByCategory,
    IReadOnlyList<SessionGroup> ByType,
    IReadOnlyList<SessionGroup> ByPriority,
    IReadOnlyList<SessionGroup> BySource,
    IReadOnlyList<TechnicianSessions> ByTechnician);
