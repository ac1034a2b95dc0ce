using Cronos;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// The Hangfire server of the soak, on the soak's clock. Hangfire schedules by the machine's time, which cannot pass a
/// day in seconds; so this does the two clock-driven parts of a Hangfire server itself — it triggers the recurring
/// jobs when their cron says so and enqueues scheduled jobs when they fall due, both by the soak's clock, exactly as
/// Hangfire's <c>RecurringJobScheduler</c> and <c>DelayedJobScheduler</c> do by the machine's — and leaves the rest to
/// Hangfire: the app's own job store, client, state machine and filters (<c>AutomaticRetry</c>,
/// <c>DisableConcurrentExecution</c>), and Hangfire's <see cref="Worker"/> with the app's job activator, which fetches,
/// performs, records success or failure and re-queues a job interrupted by a stop. Its schedule survives restarts, as
/// Hangfire's does in the store.
/// </summary>
internal sealed class SoakJobServer(TimeProvider clock, SoakJournal journal)
{
    private static readonly string[] Queues = [EnqueuedState.DefaultQueue];
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, DateTime> _nextRecurring = new(StringComparer.Ordinal);
    private readonly SoakRetryClock _retryClock = new(clock, journal);
    private readonly string _serverId = $"soak:{Environment.ProcessId}";

    /// <summary>Runs every job that is due by the soak's clock, and the jobs those enqueue, until none is left.</summary>
    public async Task RunDueAsync(SoakApp app)
    {
        var storage = app.Services.GetRequiredService<JobStorage>();
        var filters = new JobFilterProviderCollection(app.Services.GetRequiredService<IJobFilterProvider>(), _retryClock);
        var stateChanger = new BackgroundJobStateChanger(filters);
        var worker = new Worker(Queues, new BackgroundJobPerformer(filters, app.Services.GetRequiredService<JobActivator>(), TaskScheduler.Default), stateChanger);

        TriggerRecurring(app, storage);
        while (EnqueueDue(storage, stateChanger) + await RunEnqueuedAsync(app, storage, worker) > 0)
        {
        }
    }

    /// <summary>What <c>RecurringJobScheduler</c> does, by the soak's clock: each recurring job runs when its cron says.</summary>
    private void TriggerRecurring(SoakApp app, JobStorage storage)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var manager = app.Services.GetRequiredService<IRecurringJobManager>();
        using var connection = storage.GetConnection();
        foreach (var job in connection.GetRecurringJobs())
        {
            var cron = CronExpression.Parse(job.Cron, job.Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            if (_nextRecurring.TryGetValue(job.Id, out var next) && next > now)
            {
                continue;
            }

            if (_nextRecurring.ContainsKey(job.Id))
            {
                // Missed occurrences run once, as Hangfire's default misfire handling does after downtime.
                manager.Trigger(job.Id);
                journal.Count($"Recurring runs ({job.Id})");
            }

            _nextRecurring[job.Id] = cron.GetNextOccurrence(now) ?? DateTime.MaxValue;
        }
    }

    /// <summary>What <c>DelayedJobScheduler</c> does, by the soak's clock: due scheduled jobs are enqueued.</summary>
    private int EnqueueDue(JobStorage storage, IBackgroundJobStateChanger stateChanger)
    {
        var timestamp = JobHelper.ToTimestamp(clock.GetUtcNow().UtcDateTime);
        using var connection = storage.GetConnection();
        var enqueued = 0;
        while (connection.GetFirstByLowestScoreFromSet("schedule", 0, timestamp) is { } jobId)
        {
            var applied = stateChanger.ChangeState(new StateChangeContext(
                storage, connection, jobId, new EnqueuedState { Reason = "Due by the soak's clock" }, ScheduledState.StateName));
            if (applied is null)
            {
                // Gone or no longer scheduled: dropped from the schedule, as Hangfire does.
                using var transaction = connection.CreateWriteTransaction();
                transaction.RemoveFromSet("schedule", jobId);
                transaction.Commit();
            }

            enqueued++;
        }

        return enqueued;
    }

    private async Task<int> RunEnqueuedAsync(SoakApp app, JobStorage storage, Worker worker)
    {
        var monitoring = storage.GetMonitoringApi();
        var ran = 0;
        while (monitoring.EnqueuedCount(EnqueuedState.DefaultQueue) > 0)
        {
            using var fetch = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime);
            fetch.CancelAfter(FetchTimeout);
            var context = new BackgroundProcessContext(_serverId, storage, new Dictionary<string, object>(), Guid.NewGuid(), fetch.Token, app.Lifetime, app.Lifetime);
            try
            {
                await Task.Run(() => worker.Execute(context), CancellationToken.None);
            }
            catch (OperationCanceledException) when (!app.Crashed)
            {
                return ran; // counted but not fetchable (held by a job that was interrupted): next step
            }

            ran++;
            journal.Count("Jobs performed");
        }

        return ran;
    }
}
