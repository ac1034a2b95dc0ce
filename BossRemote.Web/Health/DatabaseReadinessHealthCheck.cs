using BossRemote.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BossRemote.Web.Health;

/// <summary>Unhealthy until the database has been reached, migrated and seeded since the app started.</summary>
internal sealed class DatabaseReadinessHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("The database is migrated and seeded.")
            : HealthCheckResult.Unhealthy(readiness.Problem));
}
