using System.Security.Claims;
using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Settles a pending case whose create got no answer: TeamViewer is asked for the session carrying the case's
/// <c>custom_api</c> reference. Found → the case becomes active; not there → the pending row is removed, so Play can
/// safely try again; TeamViewer unreachable → the case stays pending for the next attempt. Never a blind second create.
/// </summary>
public sealed class ServiceCaseReconciliation(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    ServiceCaseActivation activation,
    ILogger<ServiceCaseReconciliation> logger)
{
    public enum Result
    {
        Activated,
        Removed,
        StillPending,
    }

    public async Task<(Result Result, ServiceCaseView? Case)> ReconcileAsync(
        long pendingCaseId, ClaimsPrincipal? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.ServiceCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == pendingCaseId, cancellationToken);
        if (pending is null)
        {
            return (Result.Removed, null);
        }

        if (pending.State != ServiceCaseState.Pending)
        {
            return (Result.Activated, ServiceCaseView.From(pending));
        }

        try
        {
            var session = await teamViewer.FindSessionByCustomApiAsync(pending.Reference, cancellationToken);
            if (session is not null)
            {
                logger.LogInformation("Reconciled pending case {CaseId}: TeamViewer has {SessionCode}", pendingCaseId, session.Code);
                var active = await activation.ActivateAsync(pendingCaseId, session, actor, cancellationToken);
                return active is null ? (Result.Removed, null) : (Result.Activated, active);
            }
        }
        catch (TeamViewerException ex)
        {
            logger.LogWarning("Pending case {CaseId} could not be reconciled yet: {Kind}", pendingCaseId, ex.Kind);
            return (Result.StillPending, ServiceCaseView.From(pending));
        }

        await RemoveAsync(pendingCaseId, cancellationToken);
        return (Result.Removed, null);
    }

    /// <summary>Deletes a pending case (only while it is still pending): TeamViewer has no session for it.</summary>
    public async Task RemoveAsync(long pendingCaseId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.ServiceCases.SingleOrDefaultAsync(c => c.Id == pendingCaseId && c.State == ServiceCaseState.Pending, cancellationToken);
        if (pending is null)
        {
            return;
        }

        pending.Cancel();
        db.ServiceCases.Remove(pending);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Activated or removed by someone else at the same moment: theirs stands.
        }
    }
}
