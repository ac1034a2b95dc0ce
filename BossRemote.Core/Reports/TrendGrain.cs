namespace BossRemote.Core.Reports;

/// <summary>How long one point of the report's trend is, in the viewer's calendar (<see cref="TrendPeriods.GrainOf"/>).</summary>
public enum TrendGrain
{
    Day = 0,

    /// <summary>An ISO week, Monday first.</summary>
    Week = 1,

    Month = 2,
}
