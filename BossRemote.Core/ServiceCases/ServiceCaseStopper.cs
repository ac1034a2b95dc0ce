using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Stop (SPEC §3.2): closes the case in TeamViewer, then in BossRemote with a note of start, end, duration and
/// connected time. When TeamViewer no longer accepts the token, it says so and offers "close in BossRemote only".
/// A case whose create TeamViewer never confirmed is not stopped but cancelled.
/// </summary>
public sealed class ServiceCaseStopper(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    ITeamViewerClient teamViewer,
    ITeamViewerTokenProvider tokens,
    ServiceCaseEnding ending,
    ServiceCaseReconciliation reconciliation,
    TicketWorkflow workflow,
    TimeProvider clock)
{
    public Task<ServiceCaseResult> StopAsync(ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken = default) =>
        StopAsync(user, ticketNumber, StopWrapUp.None, cancellationToken);

    /// <summary>
    /// Stop with the technician's wrap-up: its text goes into the Stop note, and the ticket is resolved afterwards when
    /// asked (by the ticket's rules; a refusal is told, the session stays stopped). Nothing is closed when the wrap-up
    /// cannot be taken.
    /// </summary>
    public async Task<ServiceCaseResult> StopAsync(
        ClaimsPrincipal user, int ticketNumber, StopWrapUp wrapUp, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "stop remote sessions");
        if (wrapUp.Problem is { } problem)
        {
            return ServiceCaseResult.Fail(problem);
        }

        var (open, actorName) = await LoadOpenCaseAsync(user, ticketNumber, cancellationToken);
        if (open is not { State: ServiceCaseState.Active, SessionCode: { } code })
        {
            return ServiceCaseResult.Fail(open is null ? ServiceCaseMessages.NoOpenCase : ServiceCaseMessages.Creating);
        }

        var (outcome, failure) = await teamViewer.CloseAsync(code, cancellationToken);
        switch (ServiceCase.EndingAfterClose(outcome))
        {
            case null:
                return ServiceCaseResult.Fail(failure!.UserMessage);
            case var locally when locally == ServiceCaseEnding.ClosedLocally:
                // The technician decides: the ticket may wait for an admin to connect TeamViewer again.
                return ServiceCaseResult.Fail(ServiceCaseMessages.Revoked, canCloseLocally: true);
            case var closed:
                var ended = await ending.EndAsync(open.Id, ServiceCaseNotes.WithWrapUp(closed, wrapUp.Text) with { ByStop = true },
                    clock.GetUtcNow().UtcDateTime, user, actorName, cancellationToken);
                if (ended is { State: ServiceCaseState.Active })
                {
                    return ServiceCaseResult.Fail(ServiceCaseMessages.EndNotSaved); // never "stopped" while the case is still open
                }

                return ServiceCaseResult.Success(ended, wrapUp.ResolveTicket ? await ResolveAsync(user, ticketNumber, cancellationToken) : null);
        }
    }

    /// <summary>Resolves the ticket after its case ended; says why not when its rules refuse (null when resolved).</summary>
    private async Task<string?> ResolveAsync(ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Tickets.AnyAsync(t => t.Number == ticketNumber && t.Status == TicketStatus.Resolved, cancellationToken))
            {
                return null; // resolved already: what was asked for stands
            }
        }

        var resolved = await workflow.ChangeStatusAsync(user, ticketNumber, TicketStatus.Resolved, cancellationToken);
        return resolved.Succeeded ? null : $"The session was stopped, but the ticket was not resolved: {resolved.Error}";
    }

    /// <summary>
    /// Closes the case in BossRemote only. Allowed only while TeamViewer does not accept BossRemote's token (revoked,
    /// expired or removed), so it cannot be used to leave a live TeamViewer session behind.
    /// </summary>
    public async Task<ServiceCaseResult> CloseLocallyAsync(ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "close remote sessions");
        var (open, actorName) = await LoadOpenCaseAsync(user, ticketNumber, cancellationToken);
        if (open is not { State: ServiceCaseState.Active })
        {
            return ServiceCaseResult.Fail(open is null ? ServiceCaseMessages.NoOpenCase : ServiceCaseMessages.Creating);
        }

        try
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            if (token is not null && await teamViewer.PingAsync(token, cancellationToken))
            {
                return ServiceCaseResult.Fail("TeamViewer accepts BossRemote's token again: press Stop to close the case in TeamViewer too.");
            }
        }
        catch (TeamViewerException ex)
        {
            return ServiceCaseResult.Fail(ex.UserMessage);
        }

        var ended = await ending.EndAsync(open.Id, ServiceCaseEnding.ClosedLocally, clock.GetUtcNow().UtcDateTime, user, actorName, cancellationToken);
        return ServiceCaseResult.Success(ended);
    }

    /// <summary>
    /// Cancels a case whose create TeamViewer never confirmed, once that create has surely timed out: the ticket is
    /// ready again at once, and a session TeamViewer made after all is closed there (now, or by the sweep later).
    /// </summary>
    public async Task<ServiceCaseResult> CancelAsync(ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "cancel remote sessions");
        var (open, actorName) = await LoadOpenCaseAsync(user, ticketNumber, cancellationToken);
        if (open is null)
        {
            return ServiceCaseResult.Fail(ServiceCaseMessages.NoOpenCase);
        }

        var (result, active) = await reconciliation.CancelAsync(open.Id, user, actorName, cancellationToken);
        return result switch
        {
            ServiceCaseReconciliation.CancelResult.Cancelled => ServiceCaseResult.Success(null),
            ServiceCaseReconciliation.CancelResult.CancelledUnconfirmed => ServiceCaseResult.Success(null, ServiceCaseMessages.CancelledUnconfirmed),
            ServiceCaseReconciliation.CancelResult.Activated => ServiceCaseResult.Fail(ServiceCaseMessages.CreatedAfterAll) with { Case = active },
            ServiceCaseReconciliation.CancelResult.NotYetStale => ServiceCaseResult.Fail(ServiceCaseMessages.CancelTooSoon),
            _ => ServiceCaseResult.Fail(ServiceCaseMessages.NoOpenCase),
        };
    }

    private async Task<(ServiceCase? Open, string ActorName)> LoadOpenCaseAsync(
        ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.ServiceCases.AsNoTracking()
            .Where(c => c.Ticket!.Number == ticketNumber).Where(ServiceCase.Open)
            .SingleOrDefaultAsync(cancellationToken);
        return (open, await UserNames.DisplayNameAsync(db, user, cancellationToken));
    }
}
