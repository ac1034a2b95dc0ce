namespace BossRemote.Core.Reports;

/// <summary>The Session Summary's sessions and total duration over time, one <see cref="TrendPoint"/> per period, empty ones included.</summary>
public sealed record SessionTrend(TrendGrain Grain, IReadOnlyList<TrendPoint> Points)
{
    public int Sessions => Points.Sum(p => p.Sessions);

    public long DurationTicks => Points.Sum(p => p.DurationTicks);
}
