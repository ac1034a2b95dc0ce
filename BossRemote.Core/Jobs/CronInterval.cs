namespace BossRemote.Core.Jobs;

/// <summary>Turns an interval into a Hangfire cron expression (six fields, seconds first, for sub-minute polls).</summary>
public static class CronInterval
{
    private static readonly int[] Divisors = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30];

    /// <summary>
    /// The nearest interval cron can express evenly (steps that divide 60 seconds, 60 minutes or 24 hours),
    /// rounded down so a poll never runs less often than configured.
    /// </summary>
    public static string From(TimeSpan interval)
    {
        if (interval < TimeSpan.FromMinutes(1))
        {
            var seconds = Largest((int)Math.Max(1, interval.TotalSeconds));
            return $"*/{seconds} * * * * *";
        }

        if (interval < TimeSpan.FromHours(1))
        {
            return $"0 */{Largest((int)interval.TotalMinutes)} * * * *";
        }

        var hours = new[] { 1, 2, 3, 4, 6, 8, 12 }.Last(h => h <= Math.Min(12, (int)interval.TotalHours));
        return $"0 0 */{hours} * * *";
    }

    private static int Largest(int value) => Divisors.Last(d => d <= Math.Min(value, 30));
}
