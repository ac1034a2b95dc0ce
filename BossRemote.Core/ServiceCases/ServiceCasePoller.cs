using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.Notifications;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// TeamViewer has no webhooks (doc §7): this polls the open cases with one list call (per 1,000 cases), publishes
/// every change of <c>online</c>, tells the owner when the customer comes online, and ends cases that were closed in
/// TeamViewer itself.
/// </summary>
public sealed class ServiceCasePoller(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    ServiceCaseEnding ending,
    CustomerOnlineNotifier notifier,
    ITicketChangePublisher publisher,
    TimeProvider clock,
    ILogger<ServiceCasePoller> logger)
{
    /// <summary>Returns how many cases changed.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.ServiceCases
            .Where(c => c.State == ServiceCaseState.Active && c.SessionCode != null && c.ValidUntil > now)
            .Include(c => c.Ticket)
            .ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            return 0; // no call at all: the API is rate-limited
        }

        Dictionary<string, bool> online;
        try
        {
            online = new(StringComparer.OrdinalIgnoreCase);
            var filter = new SessionListFilter { States = [TeamViewerSessionState.Open] };
            await foreach (var session in teamViewer.ListAllSessionsAsync(filter, cancellationToken))
            {
                online[session.Code] = session.Online;
            }
        }
        catch (TeamViewerException ex)
        {
            logger.LogWarning("Polling TeamViewer failed: {Kind}", ex.Kind);
            return 0;
        }

        var changed = 0;
        foreach (var serviceCase in active)
        {
            if (!online.TryGetValue(serviceCase.SessionCode!, out var isOnline))
            {
                changed += await EndIfClosedInTeamViewerAsync(serviceCase, cancellationToken) ? 1 : 0;
                continue;
            }

            if (isOnline == serviceCase.CustomerOnline)
            {
                continue;
            }

            serviceCase.CustomerOnline = isOnline;
            serviceCase.CustomerOnlineChangedAt = now;
            serviceCase.Version++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.Entry(serviceCase).State = EntityState.Detached; // stopped meanwhile; the next poll sees the new state
                continue;
            }

            changed++;
            var ticket = serviceCase.Ticket!;
            await publisher.PublishAsync(new TicketChanged(ticket.Id, ticket.Number), cancellationToken);
            if (isOnline)
            {
                await notifier.NotifyAsync(new CustomerOnlineNotice(serviceCase.Id, ticket.Id, ticket.Number, ticket.Subject,
                    ticket.RequesterName, serviceCase.SessionCode!, serviceCase.CreatedById, ticket.AssignedTechnicianId), cancellationToken);
            }
        }

        return changed;
    }

    /// <summary>A code missing from the open list was closed (or deleted) in TeamViewer: the case ends here too.</summary>
    private async Task<bool> EndIfClosedInTeamViewerAsync(ServiceCase serviceCase, CancellationToken cancellationToken)
    {
        try
        {
            var session = await teamViewer.GetSessionAsync(serviceCase.SessionCode!, cancellationToken);
            if (session.State != TeamViewerSessionState.Closed)
            {
                return false;
            }
        }
        catch (TeamViewerException ex) when (ex.Kind != TeamViewerErrorKind.NotFound)
        {
            return false;
        }

        var ended = await ending.EndAsync(serviceCase.Id, ServiceCaseEnding.ClosedInTeamViewer, clock.GetUtcNow().UtcDateTime,
            null, AuditLog.SystemActor, cancellationToken);
        return ended is not null;
    }
}
