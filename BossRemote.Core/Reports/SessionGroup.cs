namespace BossRemote.Core.Reports;

/// <summary>
/// One row of a breakdown: closed sessions, their total duration and its average. <see cref="Key"/> is what the row
/// groups by (the category id, or the type's, priority's or source's number), to list its sessions (<see cref="ReportRow"/>).
/// </summary>
public sealed record SessionGroup(int Key, string Name, int Sessions, long TotalSeconds)
{
    public long AverageSeconds => SessionMath.Average(TotalSeconds, Sessions);

    /// <summary>The requesters' ratings of this row's sessions.</summary>
    public SatisfactionFigures Ratings { get; init; } = SatisfactionFigures.None;
}
