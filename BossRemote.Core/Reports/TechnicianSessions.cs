namespace BossRemote.Core.Reports;

/// <summary>
/// One technician's row: closed sessions with their durations, the connected time TeamViewer reported for some of them,
/// and the expired cases, which are counted apart and never in a duration.
/// </summary>
public sealed record TechnicianSessions(
    string TechnicianId,
    string Name,
    int Sessions,
    long TotalSeconds,
    int ConnectedSessions,
    long ConnectedSeconds,
    int Expired)
{
    public long AverageSeconds => SessionMath.Average(TotalSeconds, Sessions);

    /// <summary>The requesters' ratings of this technician's sessions.</summary>
    public SatisfactionFigures Ratings { get; init; } = SatisfactionFigures.None;
}
