namespace BossRemote.Core.Common.Events;

/// <summary>Receives the events of a committed change. Must return at once; the work happens elsewhere.</summary>
public interface IDomainEventDispatcher
{
    void Dispatch(IReadOnlyCollection<IDomainEvent> events);
}
