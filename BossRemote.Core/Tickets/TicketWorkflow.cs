using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Tickets;

/// <summary>
/// Moves tickets through their statuses, honouring the close guards; each move leaves a system note and an audit entry
/// in its own transaction.
/// </summary>
public sealed class TicketWorkflow(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    IEnumerable<ITicketCloseGuard> closeGuards,
    AuditLog audit,
    TimeProvider clock)
{
    /// <summary>
    /// Resolving is allowed while something would still block closing (an open remote session), but the person is told
    /// first: resolving does not end it. Null when nothing is open.
    /// </summary>
    public async Task<string?> GetResolveWarningAsync(ClaimsPrincipal user, int ticketId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "change ticket status");
        foreach (var guard in closeGuards)
        {
            if (await guard.GetCloseBlockerAsync(ticketId, cancellationToken) is { } blocker)
            {
                return $"{blocker} Resolving the ticket does not end it; the ticket can be closed once it has ended.";
            }
        }

        return null;
    }

    public async Task<OperationResult> ChangeStatusAsync(
        ClaimsPrincipal user, int number, TicketStatus status, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "change ticket status");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return OperationResult.Fail($"Ticket {Ticket.FormatNumber(number)} does not exist.");
        }

        var from = ticket.Status;
        if (!TicketStatusRules.CanChange(from, status))
        {
            return OperationResult.Fail($"A ticket that is {from.Text()} cannot move to {status.Text()}.");
        }

        if (status == TicketStatus.Closed)
        {
            foreach (var guard in closeGuards)
            {
                if (await guard.GetCloseBlockerAsync(ticket.Id, cancellationToken) is { } blocker)
                {
                    return OperationResult.Fail(blocker);
                }
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ticket.TryChangeStatus(status, now);
        var author = await UserNames.DisplayNameAsync(db, user, cancellationToken);
        ticket.Notes.Add(TicketTimeline.NewSystemNote($"Status changed from {from.Text()} to {status.Text()} by {author}.", now));
        audit.Add(db, user, author, AuditActions.TicketStatusChanged, $"Status: {status.Text()} (was {from.Text()})", ticket.Number);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Fail("Someone else changed this ticket at the same moment. Reload it and try again.");
        }

        return OperationResult.Success;
    }
}
