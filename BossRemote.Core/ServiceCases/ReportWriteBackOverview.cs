using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// What admins see of the connection-report write-back on the TeamViewer settings page (ADR-020): what waits, what
/// failed and why, and a retry once the cause is fixed (a permission granted, a new token).
/// </summary>
public sealed class ReportWriteBackOverview(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    IBackgroundJobClient jobs,
    TimeProvider clock)
{
    public const int FailuresShown = 10;

    public async Task<ReportWriteBackSummary> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view the TeamViewer write-back");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.ReportWriteBacks.CountAsync(w => w.State == ReportWriteBackState.Pending, cancellationToken);
        var failed = await db.ReportWriteBacks.CountAsync(w => w.State == ReportWriteBackState.Failed, cancellationToken);
        var recent = failed == 0 ? [] : await (
                from w in db.ReportWriteBacks.AsNoTracking()
                where w.State == ReportWriteBackState.Failed
                join c in db.ServiceCases on w.ServiceCaseId equals c.Id
                orderby w.CompletedAt descending, w.ServiceCaseId descending
                select new ReportWriteBackFailure(w.ServiceCaseId, c.Ticket!.Number, c.Ticket.Subject, c.SessionCode, w.LastError, w.CompletedAt))
            .Take(FailuresShown).ToListAsync(cancellationToken);
        return new ReportWriteBackSummary(pending, failed, recent);
    }

    /// <summary>Starts a failed write-back afresh; one that is not failed (any more) is left as it is.</summary>
    public async Task<OperationResult> RetryAsync(ClaimsPrincipal user, long serviceCaseId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "retry the TeamViewer write-back");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var writeBack = await db.ReportWriteBacks.SingleOrDefaultAsync(w => w.ServiceCaseId == serviceCaseId, cancellationToken);
        if (writeBack is not { State: ReportWriteBackState.Failed })
        {
            return OperationResult.Fail("This write-back has not failed (any more); the list was out of date.");
        }

        writeBack.Requeue(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<ReportWriteBackJob>(job => job.ExecuteAsync(serviceCaseId, CancellationToken.None));
        return OperationResult.Success;
    }
}
