namespace BossRemote.Core.Reports.Scheduled;

/// <summary>How often a subscribed report is sent (<see cref="ReportSchedule"/>).</summary>
public enum ReportFrequency
{
    /// <summary>Monday 07:00 in the subscriber's zone, for the week (Monday to Sunday) before.</summary>
    Weekly = 0,

    /// <summary>The 1st at 07:00 in the subscriber's zone, for the month before.</summary>
    Monthly = 1,
}
