namespace BossRemote.Core.Reports.Scheduled;

/// <summary>The days one scheduled report covers and the instant it falls due (UTC).</summary>
public sealed record ReportPeriod(DayRange Days, DateTime DueUtc);
