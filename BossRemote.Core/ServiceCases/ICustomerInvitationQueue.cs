namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Queues the requester's e-mail with the customer link when a case becomes active (SPEC §3.4). Called once per
/// activation, after the case is stored; implementations must be safe to call twice for one case.
/// </summary>
public interface ICustomerInvitationQueue
{
    Task QueueAsync(long serviceCaseId, CancellationToken cancellationToken = default);
}
