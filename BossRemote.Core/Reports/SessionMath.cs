namespace BossRemote.Core.Reports;

/// <summary>The arithmetic every figure of the report shares, so pages, CSV and tests round alike.</summary>
public static class SessionMath
{
    /// <summary>Whole seconds, rounded half away from zero.</summary>
    public static long Average(long totalSeconds, int sessions) =>
        sessions == 0 ? 0 : (long)Math.Round((double)totalSeconds / sessions, MidpointRounding.AwayFromZero);

    /// <summary>Durations are summed in ticks by the database and rounded to whole seconds once, at the end.</summary>
    public static long Seconds(long ticks) =>
        (long)Math.Round((double)ticks / TimeSpan.TicksPerSecond, MidpointRounding.AwayFromZero);
}
