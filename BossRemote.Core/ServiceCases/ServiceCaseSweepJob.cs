using Hangfire;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Recurring: expires what was missed while the app was down, settles stale pending cases, and hands connection-report
/// write-backs whose job was lost (a crash right after the commit) to a job again.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class ServiceCaseSweepJob(ServiceCaseExpiry expiry, ReportWriteBackAttempt writeBacks)
{
    public const string RecurringJobId = "service-cases-sweep";

    public const string Cron = "*/5 * * * *";

    /// <summary>How overdue a write-back must be before the sweep assumes its scheduled job is gone.</summary>
    public static readonly TimeSpan WriteBackGrace = TimeSpan.FromMinutes(5);

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        await expiry.SweepAsync(cancellationToken);
        await writeBacks.SweepAsync(WriteBackGrace, cancellationToken);
    }
}
