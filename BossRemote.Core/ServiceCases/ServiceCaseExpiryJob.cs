using Hangfire;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Scheduled at a case's <c>valid_until</c>; safe to run twice or late (it re-checks the case). Started a moment early
/// (Hangfire keeps whole seconds), it schedules itself again for the next whole second after the case's time rather
/// than hold a worker.
/// </summary>
public sealed class ServiceCaseExpiryJob(ServiceCaseExpiry expiry, IBackgroundJobClient jobs)
{
    public async Task ExecuteAsync(long serviceCaseId, CancellationToken cancellationToken)
    {
        if (await expiry.ExpireOrDeferAsync(serviceCaseId, cancellationToken) is { } due)
        {
            jobs.Schedule<ServiceCaseExpiryJob>(job => job.ExecuteAsync(serviceCaseId, CancellationToken.None), NextWholeSecond(due));
        }
    }

    internal static DateTimeOffset NextWholeSecond(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond) + TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
