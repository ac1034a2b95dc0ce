using BossRemote.Core.Data;
using BossRemote.Core.Email;
using BossRemote.Core.Reports.Scheduled;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using Hangfire;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Jobs;

/// <summary>
/// Registers every recurring job in one place, with stable ids, once the job store is reachable at start-up. Every
/// instance does it; the ids make that harmless, and the job store runs each occurrence once across instances.
/// </summary>
internal sealed class RecurringJobRegistration(IRecurringJobManager recurringJobs, IOptions<TeamViewerOptions> teamViewer) : IStartupStep
{
    public int Order => 100;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<ServiceCaseSweepJob>(
            ServiceCaseSweepJob.RecurringJobId, job => job.ExecuteAsync(CancellationToken.None), ServiceCaseSweepJob.Cron);
        recurringJobs.AddOrUpdate<ServiceCasePollJob>(
            ServiceCasePollJob.RecurringJobId, job => job.ExecuteAsync(CancellationToken.None), CronInterval.From(teamViewer.Value.PollInterval));

        recurringJobs.AddOrUpdate<EmailDeliverySweepJob>(
            EmailDeliverySweepJob.RecurringJobId, job => job.ExecuteAsync(CancellationToken.None), EmailDeliverySweepJob.Cron);
        recurringJobs.AddOrUpdate<ScheduledReportJob>(
            ScheduledReportJob.RecurringJobId, job => job.ExecuteAsync(CancellationToken.None), ScheduledReportJob.Cron);

        // After downtime, expiries that fell due while the app was off happen now, not at the next sweep.
        recurringJobs.Trigger(ServiceCaseSweepJob.RecurringJobId);
        return Task.CompletedTask;
    }
}
