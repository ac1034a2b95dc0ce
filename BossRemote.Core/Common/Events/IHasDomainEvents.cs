namespace BossRemote.Core.Common.Events;

/// <summary>An entity that records domain events for the interceptor to collect when it is saved.</summary>
public interface IHasDomainEvents
{
    /// <summary>The events raised since the last save, built now (so ids assigned by the save are filled in).</summary>
    IReadOnlyCollection<IDomainEvent> TakeDomainEvents();
}
