using BossRemote.Core.Common.Events;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// A marker put at the end of the app's after-commit queue: the app runs its handlers one event after another, so once
/// this one is handled, everything committed before it has had its after-commit work (invitations queued, notices
/// given). Waiting for it keeps the soak's steps in order, so a seed replays the same run.
/// </summary>
internal sealed record SoakBarrier(Guid Id) : IDomainEvent
{
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
