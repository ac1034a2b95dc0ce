namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// One page of connection reports, newest end date first. <see cref="NextOffset"/> is the id of the last record
/// returned; it and <see cref="RecordsRemaining"/> are <see langword="null"/> on the last page.
/// </summary>
public sealed record SimulatedReportPage(IReadOnlyList<SimulatedConnectionReport> Records, string? NextOffset, int? RecordsRemaining);
