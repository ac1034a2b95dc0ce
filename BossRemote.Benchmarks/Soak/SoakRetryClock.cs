using Hangfire.Common;
using Hangfire.States;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// Hangfire's <c>AutomaticRetry</c> schedules a retry at the machine's time plus its back-off; the soak's job server
/// promotes scheduled jobs by the soak's clock. Elected last, this moves such a retry onto the soak's clock with the
/// same back-off, so a failed job waits as long as it would in production — no shorter (it could not fail for good
/// inside an outage it would outlast), no longer.
/// </summary>
internal sealed class SoakRetryClock(TimeProvider clock, SoakJournal journal) : IJobFilterProvider, IElectStateFilter
{
    public IEnumerable<JobFilter> GetFilters(Job job) => [new JobFilter(this, JobFilterScope.Global, int.MaxValue)];

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is ScheduledState { Reason: { } reason } retry && reason.StartsWith("Retry attempt", StringComparison.Ordinal))
        {
            context.CandidateState = new ScheduledState(clock.GetUtcNow().UtcDateTime + (retry.EnqueueAt - retry.ScheduledAt)) { Reason = reason };
            journal.Count($"Jobs retried by Hangfire ({context.BackgroundJob.Job?.Type.Name})");
        }
    }
}
