using Hangfire;

namespace BossRemote.Core.ServiceCases;

/// <summary>Recurring: expires what was missed while the app was down and settles stale pending cases.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class ServiceCaseSweepJob(ServiceCaseExpiry expiry)
{
    public const string RecurringJobId = "service-cases-sweep";

    public const string Cron = "*/5 * * * *";

    public Task ExecuteAsync(CancellationToken cancellationToken) => expiry.SweepAsync(cancellationToken);
}
