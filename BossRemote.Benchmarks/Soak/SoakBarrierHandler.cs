using BossRemote.Core.Common.Events;

namespace BossRemote.Benchmarks.Soak;

/// <summary>Completes a <see cref="SoakBarrier"/> when the app's event pump reaches it.</summary>
internal sealed class SoakBarrierHandler : IDomainEventHandler<SoakBarrier>
{
    public Task HandleAsync(SoakBarrier domainEvent, CancellationToken cancellationToken)
    {
        domainEvent.Reached.TrySetResult();
        return Task.CompletedTask;
    }
}
