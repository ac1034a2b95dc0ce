namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Writing a ticket's number and subject into the <c>notes</c> of its case's TeamViewer connection reports, so
/// TeamViewer's own reports lead back to the ticket (ADR-020). One per case, recorded in the save that ended the case
/// with its reports known, so a restart loses nothing; <see cref="ReportWriteBackJob"/> carries it out.
/// </summary>
public sealed class ReportWriteBack
{
    public const int ErrorMaxLength = 500;

    public long ServiceCaseId { get; private set; }

    public ReportWriteBackState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the next attempt is due; null once written or failed.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    /// <summary>When it was written or given up.</summary>
    public DateTime? CompletedAt { get; private set; }

    /// <summary>Why the last attempt failed, in words an admin can act on.</summary>
    public string? LastError { get; private set; }

    public static ReportWriteBack For(long serviceCaseId, DateTime now) =>
        new() { ServiceCaseId = serviceCaseId, State = ReportWriteBackState.Pending, CreatedAt = now, NextAttemptAt = now };

    public void Written(DateTime now)
    {
        Attempts++;
        State = ReportWriteBackState.Written;
        CompletedAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>This attempt failed; another follows at <paramref name="nextAttemptAt"/>.</summary>
    public void RetryAt(DateTime nextAttemptAt, string reason)
    {
        Attempts++;
        NextAttemptAt = nextAttemptAt;
        LastError = Truncate(reason);
    }

    /// <summary>Given up: no further attempt.</summary>
    public void Fail(DateTime now, string reason)
    {
        Attempts++;
        State = ReportWriteBackState.Failed;
        CompletedAt = now;
        NextAttemptAt = null;
        LastError = Truncate(reason);
    }

    /// <summary>An admin asks for another round after a failure (a permission granted, TeamViewer back): due now, attempts afresh.</summary>
    public void Requeue(DateTime now)
    {
        State = ReportWriteBackState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        CompletedAt = null;
    }

    private static string Truncate(string reason) => reason.Length > ErrorMaxLength ? reason[..ErrorMaxLength] : reason;
}
