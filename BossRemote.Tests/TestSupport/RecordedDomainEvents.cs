using BossRemote.Core.Common.Events;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// Stands in for the app's dispatcher behind the real <c>DomainEventsInterceptor</c>: records what a committed change
/// announced, at once and in order, so a test can say what was published (and that nothing was, for a change that failed).
/// </summary>
public sealed class RecordedDomainEvents : IDomainEventDispatcher
{
    private readonly List<IDomainEvent> _events = [];

    public IReadOnlyList<IDomainEvent> All
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public IReadOnlyList<T> Of<T>()
        where T : IDomainEvent => [.. All.OfType<T>()];

    public void Clear()
    {
        lock (_events)
        {
            _events.Clear();
        }
    }

    public void Dispatch(IReadOnlyCollection<IDomainEvent> events)
    {
        lock (_events)
        {
            _events.AddRange(events);
        }
    }
}
