namespace BossRemote.Core.Reports;

/// <summary>One row of a breakdown: closed sessions, their total duration and its average.</summary>
public sealed record SessionGroup(string Name, int Sessions, long TotalSeconds)
{
    public long AverageSeconds => SessionMath.Average(TotalSeconds, Sessions);
}
