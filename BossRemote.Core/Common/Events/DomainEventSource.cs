namespace BossRemote.Core.Common.Events;

/// <summary>
/// Base of the entities that announce their changes. An event is recorded as a factory and built only when the save
/// has happened, so a new row's generated id is already in it.
/// </summary>
public abstract class DomainEventSource : IHasDomainEvents
{
    private readonly List<Func<IDomainEvent>> _events = [];

    protected void Raise(Func<IDomainEvent> domainEvent) => _events.Add(domainEvent);

    IReadOnlyCollection<IDomainEvent> IHasDomainEvents.TakeDomainEvents()
    {
        var events = _events.Select(e => e()).Distinct().ToList();
        _events.Clear();
        return events;
    }
}
