using Hangfire;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Writes a closed case's ticket into its TeamViewer connection reports. Retries are scheduled by
/// <see cref="ReportWriteBackAttempt"/> itself, with the reason kept on the write-back, so Hangfire does not retry.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class ReportWriteBackJob(ReportWriteBackAttempt attempt)
{
    public Task ExecuteAsync(long serviceCaseId, CancellationToken cancellationToken) => attempt.RunAsync(serviceCaseId, cancellationToken);
}
