using Hangfire;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Recurring every <c>TeamViewer__PollInterval</c>: one list call detects customers coming online. A failed poll is
/// not retried (the next one comes soon) and polls never overlap.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 5)]
[AutomaticRetry(Attempts = 0, LogEvents = false)]
public sealed class ServiceCasePollJob(ServiceCasePoller poller)
{
    public const string RecurringJobId = "service-cases-poll";

    public Task ExecuteAsync(CancellationToken cancellationToken) => poller.PollAsync(cancellationToken);
}
