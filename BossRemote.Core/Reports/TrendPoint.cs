namespace BossRemote.Core.Reports;

/// <summary>
/// What one period of the trend adds up to: closed cases that started in it, and their duration in ticks, summed exactly
/// so the points add up to the summary's figures (rounded to seconds once, like every figure of the report).
/// </summary>
public sealed record TrendPoint(TrendPeriod Period, int Sessions, long DurationTicks)
{
    public long TotalSeconds => SessionMath.Seconds(DurationTicks);

    public double Hours => (double)DurationTicks / TimeSpan.TicksPerHour;
}
