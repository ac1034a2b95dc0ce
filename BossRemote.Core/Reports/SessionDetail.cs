namespace BossRemote.Core.Reports;

/// <summary>
/// One closed session of a report row: its ticket, who asked and who helped, start and end (UTC, BossRemote's clock),
/// the duration in whole seconds and, where TeamViewer reported it, the connected time.
/// </summary>
public sealed record SessionDetail(
    long CaseId,
    int TicketNumber,
    string RequesterName,
    string TechnicianName,
    DateTime StartedAt,
    DateTime EndedAt,
    long DurationSeconds,
    int? ConnectedSeconds);
