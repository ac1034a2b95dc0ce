namespace BossRemote.Core.Common.Events;

/// <summary>
/// Something that happened to the data, recorded by the entity it happened to and dispatched once its transaction has
/// committed (<see cref="Data.DomainEventsInterceptor"/>), so nothing is announced for a change that rolled back.
/// Events are compared by value: the same event raised twice in one save is dispatched once.
/// </summary>
public interface IDomainEvent;
