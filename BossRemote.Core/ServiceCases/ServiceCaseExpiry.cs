using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Expiry (SPEC §3.6): a case ends at its <c>valid_until</c>. The scheduled job expires one case on time; the sweep
/// catches whatever was missed while the app was down and settles pending cases whose create never got an answer
/// and cancelled ones TeamViewer had not yet accounted for.
/// </summary>
public sealed class ServiceCaseExpiry(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ServiceCaseEnding ending,
    ServiceCaseReconciliation reconciliation,
    IOptionsMonitor<TeamViewerOptions> options,
    TimeProvider clock,
    ILogger<ServiceCaseExpiry> logger)
{
    /// <summary>Expires the case if it is still active and its time has come; returns whether it did.</summary>
    public async Task<bool> ExpireAsync(long caseId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var validUntil = await db.ServiceCases.Where(c => c.Id == caseId).Where(ServiceCase.OverdueAt(now))
            .Select(c => c.ValidUntil)
            .SingleOrDefaultAsync(cancellationToken);
        if (validUntil is null)
        {
            return false;
        }

        var ended = await ending.EndAsync(caseId, ServiceCaseEnding.Expired, validUntil.Value, null, AuditLog.SystemActor, cancellationToken);
        logger.LogInformation("Service case {CaseId} ({SessionCode}) expired", caseId, ended?.SessionCode);
        return ended?.State == ServiceCaseState.Expired;
    }

    /// <summary>
    /// Hangfire keeps schedule times in whole seconds, so a job scheduled at <c>valid_until</c> may start up to a
    /// second before it. A case that is due within this much is due again, not left to the sweep.
    /// </summary>
    public static readonly TimeSpan EarlyStartAllowance = TimeSpan.FromSeconds(2);

    /// <summary>
    /// What the scheduled job runs: expires the case if its time has come. When the job started up to
    /// <see cref="EarlyStartAllowance"/> before it, returns the case's <c>valid_until</c>, for the job to run again then;
    /// otherwise (expired, no longer open, or due later under its own job) null.
    /// </summary>
    public async Task<DateTime?> ExpireOrDeferAsync(long caseId, CancellationToken cancellationToken = default)
    {
        if (await ExpireAsync(caseId, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var validUntil = await db.ServiceCases.Where(c => c.Id == caseId).Where(ServiceCase.Open)
            .Select(c => c.ValidUntil).SingleOrDefaultAsync(cancellationToken);
        return validUntil > now && validUntil - now <= EarlyStartAllowance ? validUntil : null;
    }

    /// <summary>
    /// Expires every overdue case, reconciles stale pending ones and settles cancelled ones; returns how many cases it
    /// expired.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<long> overdue;
        List<long> stalePending;
        List<long> cancelled;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            overdue = await db.ServiceCases.Where(ServiceCase.OverdueAt(now)).Select(c => c.Id).ToListAsync(cancellationToken);
            stalePending = await db.ServiceCases.Where(ServiceCase.StalePendingAt(now, options.CurrentValue.RequestTimeout))
                .Select(c => c.Id).ToListAsync(cancellationToken);
            cancelled = await db.ServiceCases.Where(c => c.State == ServiceCaseState.Cancelled).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var expired = 0;
        foreach (var id in overdue)
        {
            expired += await ExpireAsync(id, cancellationToken) ? 1 : 0;
        }

        foreach (var id in stalePending)
        {
            await reconciliation.ReconcileAsync(id, null, cancellationToken);
        }

        foreach (var id in cancelled)
        {
            await reconciliation.SettleCancelledAsync(id, cancellationToken);
        }

        if (expired > 0)
        {
            logger.LogInformation("Expiry sweep: expired {Count} overdue case(s)", expired);
        }

        return expired;
    }
}
