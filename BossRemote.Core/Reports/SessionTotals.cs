namespace BossRemote.Core.Reports;

/// <summary>The summary line of the report (SPEC §4): sessions, total and average duration, and what sits beside them.</summary>
public sealed record SessionTotals(int Sessions, long TotalSeconds, int ConnectedSessions, long ConnectedSeconds, int Expired)
{
    public static SessionTotals Empty { get; } = new(0, 0, 0, 0, 0);

    public long AverageSeconds => SessionMath.Average(TotalSeconds, Sessions);

    /// <summary>The requesters' ratings of all the sessions counted.</summary>
    public SatisfactionFigures Ratings { get; init; } = SatisfactionFigures.None;
}
