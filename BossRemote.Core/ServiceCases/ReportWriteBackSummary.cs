namespace BossRemote.Core.ServiceCases;

/// <summary>How the write-backs stand: how many wait, how many were given up, and the latest of those.</summary>
public sealed record ReportWriteBackSummary(int Pending, int Failed, IReadOnlyList<ReportWriteBackFailure> RecentFailures);
