namespace BossRemote.Core.ServiceCases;

/// <summary>Scheduled at a case's <c>valid_until</c>; safe to run twice or late (it re-checks the case).</summary>
public sealed class ServiceCaseExpiryJob(ServiceCaseExpiry expiry)
{
    public Task ExecuteAsync(long serviceCaseId, CancellationToken cancellationToken) =>
        expiry.ExpireWhenDueAsync(serviceCaseId, cancellationToken);
}
