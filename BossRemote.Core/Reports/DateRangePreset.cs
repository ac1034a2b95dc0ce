namespace BossRemote.Core.Reports;

/// <summary>The date ranges a report offers in one click; <see cref="Custom"/> is whatever the viewer picks.</summary>
public enum DateRangePreset
{
    Today = 0,
    Last7Days = 1,
    ThisMonth = 2,
    LastMonth = 3,
    Custom = 4,

    /// <summary>The three months up to today (about 13 weeks: the trend goes by week).</summary>
    Last3Months = 5,

    /// <summary>The twelve months up to today (the trend goes by month).</summary>
    Last12Months = 6,
}
