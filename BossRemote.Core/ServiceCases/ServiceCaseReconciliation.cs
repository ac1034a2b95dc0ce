using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Settles a case whose create got no answer, by asking TeamViewer for the session carrying the case's
/// <c>custom_api</c> reference — never by a blind second create. Found → the case becomes active. Not there → the
/// pending row is removed so Play can try again, but only once the case is stale: until its create has surely timed
/// out, TeamViewer may still be making the session. TeamViewer unreachable → the case waits for the next attempt.
/// A case a technician cancelled is settled the same way, except that a session found is closed, not used.
/// </summary>
public sealed class ServiceCaseReconciliation(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    ServiceCaseActivation activation,
    AuditLog audit,
    IOptionsMonitor<TeamViewerOptions> options,
    TimeProvider clock,
    ILogger<ServiceCaseReconciliation> logger)
{
    public enum Result
    {
        Activated,
        Removed,
        StillPending,
    }

    public enum CancelResult
    {
        /// <summary>Nothing is left open in TeamViewer: the case is gone.</summary>
        Cancelled,

        /// <summary>
        /// The ticket is free, but TeamViewer could not say yet whether it made the session; the sweep keeps asking
        /// and closes the session there if it turns up.
        /// </summary>
        CancelledUnconfirmed,

        /// <summary>TeamViewer had created it after all (someone else settled it first): the case is active.</summary>
        Activated,

        /// <summary>The create may still be answered: too soon to cancel.</summary>
        NotYetStale,

        /// <summary>No pending case any more.</summary>
        Gone,
    }

    private TimeSpan RequestTimeout => options.CurrentValue.RequestTimeout;

    public async Task<(Result Result, ServiceCaseView? Case)> ReconcileAsync(
        long pendingCaseId, ClaimsPrincipal? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.ServiceCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == pendingCaseId, cancellationToken);
        switch (pending?.State)
        {
            case null or ServiceCaseState.Cancelled:
                return (Result.Removed, null);
            case not ServiceCaseState.Pending:
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

        if (!pending.IsStalePending(clock.GetUtcNow().UtcDateTime, RequestTimeout))
        {
            logger.LogInformation("Pending case {CaseId} is not in TeamViewer yet; its create may still arrive", pendingCaseId);
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

        pending.Discard();
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

    /// <summary>
    /// A technician cancels a stale pending case: the ticket is free at once (the case leaves the open slot), then
    /// TeamViewer is asked whether it made the session, which is closed there if so.
    /// </summary>
    public async Task<(CancelResult Result, ServiceCaseView? Case)> CancelAsync(
        long pendingCaseId, ClaimsPrincipal actor, string actorName, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var pending = await db.ServiceCases.Include(c => c.Ticket).SingleOrDefaultAsync(c => c.Id == pendingCaseId, cancellationToken);
            switch (pending?.State)
            {
                case null or ServiceCaseState.Cancelled:
                    return (CancelResult.Gone, null);
                case not ServiceCaseState.Pending:
                    return (CancelResult.Activated, ServiceCaseView.From(pending));
                case ServiceCaseState.Pending when !pending.IsStalePending(clock.GetUtcNow().UtcDateTime, RequestTimeout):
                    return (CancelResult.NotYetStale, ServiceCaseView.From(pending));
            }

            pending.Cancel();
            audit.Add(db, actor, actorName, AuditActions.CaseCancelled,
                $"Cancelled the unconfirmed case for {Ticket.FormatNumber(pending.Ticket!.Number)}", pending.Ticket.Number, null);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Reconciled by someone else at the same moment: whatever it became stands.
                return await ReconcileAsync(pendingCaseId, actor, cancellationToken) is (Result.Activated, var active)
                    ? (CancelResult.Activated, active)
                    : (CancelResult.Gone, null);
            }
        }

        return await SettleCancelledAsync(pendingCaseId, cancellationToken)
            ? (CancelResult.Cancelled, null)
            : (CancelResult.CancelledUnconfirmed, null);
    }

    /// <summary>
    /// Settles a cancelled case: TeamViewer has no session for it, or has closed the one it had, or the session has
    /// reached its valid-until anyway — then the row is deleted. Returns false when TeamViewer could not say.
    /// </summary>
    public async Task<bool> SettleCancelledAsync(long caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cancelled = await db.ServiceCases.SingleOrDefaultAsync(c => c.Id == caseId && c.State == ServiceCaseState.Cancelled, cancellationToken);
        if (cancelled is null)
        {
            return true;
        }

        if (!await NothingLeftOpenAsync(cancelled, cancellationToken))
        {
            return false;
        }

        db.ServiceCases.Remove(cancelled);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by another sweep at the same moment.
        }

        return true;
    }

    private async Task<bool> NothingLeftOpenAsync(ServiceCase cancelled, CancellationToken cancellationToken)
    {
        if (cancelled.CreatedAt + ServiceCase.DefaultValidity + ServiceCase.StaleMargin <= clock.GetUtcNow().UtcDateTime)
        {
            return true; // whatever TeamViewer made has reached its valid-until
        }

        try
        {
            var session = await teamViewer.FindSessionByCustomApiAsync(cancelled.Reference, cancellationToken);
            if (session is null)
            {
                return true;
            }

            var (outcome, failure) = await teamViewer.CloseAsync(session.Code, cancellationToken);
            switch (outcome)
            {
                case TeamViewerCloseOutcome.Closed:
                    logger.LogInformation("Cancelled case {CaseId}: TeamViewer had made {SessionCode}; it is closed there now", cancelled.Id, session.Code);
                    return true;
                case TeamViewerCloseOutcome.TokenRejected:
                    logger.LogWarning("Cancelled case {CaseId}: TeamViewer made {SessionCode} but refuses the token; it ends at its valid-until",
                        cancelled.Id, session.Code);
                    return true;
                default:
                    logger.LogWarning("Cancelled case {CaseId}: {SessionCode} could not be closed yet: {Kind}", cancelled.Id, session.Code, failure!.Kind);
                    return false;
            }
        }
        catch (TeamViewerException ex)
        {
            logger.LogWarning("Cancelled case {CaseId} could not be settled yet: {Kind}", cancelled.Id, ex.Kind);
            return false;
        }
    }
}
