using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BossRemote.Web.Realtime;

/// <summary>Redis away is reported as degraded, not unhealthy: the instance works on, only other instances' updates wait.</summary>
public sealed class RedisRelayHealthCheck(RedisLiveUpdateRelay relay) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(relay.IsConnected
            ? HealthCheckResult.Healthy("Live updates are relayed between instances.")
            : HealthCheckResult.Degraded("Redis is unreachable: live updates from other instances are paused; pages re-read when it is back."));
}
