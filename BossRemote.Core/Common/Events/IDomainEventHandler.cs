namespace BossRemote.Core.Common.Events;

/// <summary>
/// Reacts to <typeparamref name="TEvent"/> after the change that raised it has committed, in a scope of its own and
/// off the path of the request that made the change. Lets a feature react to another's change without the other
/// knowing it (HOUSE-STYLE "Integrations": change events replace calls back).
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
