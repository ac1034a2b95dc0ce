namespace BossRemote.Core.ServiceCases;

/// <summary>A write-back given up, as the TeamViewer settings page lists it for admins.</summary>
public sealed record ReportWriteBackFailure(long ServiceCaseId, int TicketNumber, string TicketSubject, string? SessionCode, string? Reason, DateTime? FailedAt);
