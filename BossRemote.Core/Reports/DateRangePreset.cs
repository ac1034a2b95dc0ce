namespace BossRemote.Core.Reports;

/// <summary>The date ranges a report offers in one click; <see cref="Custom"/> is whatever the viewer picks.</summary>
public enum DateRangePreset
{
    Today = 0,
    Last7Days = 1,
    ThisMonth = 2,
    LastMonth = 3,
    Custom = 4,
}
