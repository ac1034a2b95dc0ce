namespace BossRemote.Core.ServiceCases;

/// <summary>Used until an e-mail feature registers the real queue: cases work, no invitation is sent.</summary>
internal sealed class NoCustomerInvitationQueue : ICustomerInvitationQueue
{
    public Task QueueAsync(long serviceCaseId, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
