namespace BossRemote.Core.Reports;

/// <summary>How long a <see cref="SessionRollup"/> row's bucket is: one UTC day, or one UTC calendar month.</summary>
public enum SessionRollupGrain
{
    Day = 0,

    Month = 1,
}
