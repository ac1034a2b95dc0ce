using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Common.Events;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Play (SPEC §3.2): creates the ticket's one TeamViewer service case. The database holds the invariant — a pending
/// row is inserted first under a filtered unique index — so double clicks, two technicians and retries all end up
/// showing the one case. A create without an answer is reconciled through <c>custom_api</c>, never repeated blindly.
/// </summary>
public sealed class ServiceCaseStarter(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    ITeamViewerClient teamViewer,
    ServiceCaseActivation activation,
    ServiceCaseReconciliation reconciliation,
    ServiceCaseExpiry expiry,
    IOptionsMonitor<TeamViewerOptions> options,
    IDomainEventDispatcher events,
    TimeProvider clock,
    ILogger<ServiceCaseStarter> logger)
{
    /// <summary>
    /// How long TeamViewer may take to answer a create before the ticket's other open pages are told that a case is
    /// being created. Within it they see one change, the active case; announcing the pending case too would make every
    /// watching page read and render twice for one Play (issue 11).
    /// </summary>
    public static readonly TimeSpan CreatingShownAfter = TimeSpan.FromSeconds(1);

    public async Task<ServiceCaseResult> StartAsync(ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken = default)
    {
        using var activity = Telemetry.Source.StartActivity(Telemetry.Play);
        activity?.SetTag("ticket.number", ticketNumber);
        activity?.SetTag("enduser.id", user.GetUserId());
        await access.EnsureAsync(user, Policies.WorkTickets, "start remote sessions");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return ServiceCaseResult.Fail($"Ticket {Ticket.FormatNumber(ticketNumber)} does not exist.");
        }

        if (ticket.Status == TicketStatus.Closed)
        {
            return ServiceCaseResult.Fail(ServiceCaseMessages.TicketClosed);
        }

        var settings = await db.LoadTeamViewerSettingsAsync(cancellationToken);
        if (!settings.IsConnected)
        {
            return ServiceCaseResult.Fail(ServiceCaseMessages.NotConfigured);
        }

        if (await ExistingCaseAsync(db, ticket.Id, user, cancellationToken) is { } existing)
        {
            return existing;
        }

        var (pending, reserved) = await ReserveAsync(db, ticket, user, cancellationToken);
        if (!reserved)
        {
            return ServiceCaseResult.Success(ServiceCaseView.From(pending)); // another press won the race: show its case
        }

        return await CreateInTeamViewerAsync(pending, ticket, settings.GroupName, user, cancellationToken);
    }

    /// <summary>
    /// An open case already there: shown as is (a pending one shows "creating" until it is stale); an overdue one is
    /// expired first; a stale pending one is reconciled, which is how "Try again" settles an unconfirmed create.
    /// </summary>
    private async Task<ServiceCaseResult?> ExistingCaseAsync(
        BossRemoteDbContext db, int ticketId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var open = await db.ServiceCases.AsNoTracking().Where(c => c.TicketId == ticketId).Where(ServiceCase.Open)
            .SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (open is null)
        {
            return null;
        }

        if (open.IsOverdue(now))
        {
            await expiry.ExpireAsync(open.Id, cancellationToken);
            return null;
        }

        if (open.State == ServiceCaseState.Active || !open.IsStalePending(now, options.CurrentValue.RequestTimeout))
        {
            return ServiceCaseResult.Success(ServiceCaseView.From(open));
        }

        var (result, reconciled) = await reconciliation.ReconcileAsync(open.Id, user, cancellationToken);
        return result switch
        {
            ServiceCaseReconciliation.Result.Activated => ServiceCaseResult.Success(reconciled),
            ServiceCaseReconciliation.Result.StillPending => ServiceCaseResult.Fail(ServiceCaseMessages.StillUnconfirmed),
            _ => null,
        };
    }

    /// <summary>Inserts the pending case; when the unique index refuses it, returns the case that got there first.</summary>
    private async Task<(ServiceCase Case, bool Reserved)> ReserveAsync(BossRemoteDbContext db, Ticket ticket, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var pending = ServiceCase.Reserve(ticket.Id, ticket.Number, user.GetUserId() ?? "",
            await UserNames.DisplayNameAsync(db, user, cancellationToken), clock.GetUtcNow().UtcDateTime);
        db.ServiceCases.Add(pending);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (pending, true);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var winner = await db.ServiceCases.AsNoTracking()
                .Where(c => c.TicketId == ticket.Id).Where(ServiceCase.Open).SingleAsync(cancellationToken);
            return (winner, false);
        }
    }

    private async Task<ServiceCaseResult> CreateInTeamViewerAsync(
        ServiceCase pending, Ticket ticket, string groupName, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = new CreateSessionRequest
        {
            GroupName = groupName,
            Description = $"BossRemote ticket {Ticket.FormatNumber(ticket.Number)}: {ticket.Subject}",
            EndCustomer = new TeamViewerEndCustomer { Name = Limit(ticket.RequesterName, 100), Email = Limit(ticket.RequesterEmail, 254) },
            CustomApi = pending.Reference,
        };
        try
        {
            var session = await AnnouncedIfSlowAsync(() => teamViewer.CreateSessionAsync(request, cancellationToken), pending.TicketId);
            var active = await activation.ActivateAsync(pending.Id, session, user, cancellationToken);
            return active is null ? ServiceCaseResult.Fail("The case was cancelled while TeamViewer created it. Press Play again.") : ServiceCaseResult.Success(active);
        }
        catch (TeamViewerException ex) when (ex.Kind is TeamViewerErrorKind.Timeout or TeamViewerErrorKind.ServiceUnavailable)
        {
            // The request may have reached TeamViewer: look for the session instead of guessing.
            logger.LogWarning("Create for {Reference} got no clear answer ({Kind}); reconciling", pending.Reference, ex.Kind);
            var (result, reconciled) = await reconciliation.ReconcileAsync(pending.Id, user, cancellationToken);
            return result switch
            {
                ServiceCaseReconciliation.Result.Activated => ServiceCaseResult.Success(reconciled),
                ServiceCaseReconciliation.Result.StillPending => ServiceCaseResult.Fail(ServiceCaseMessages.CreateUnconfirmed),
                _ => ServiceCaseResult.Fail(ServiceCaseMessages.NotCreated),
            };
        }
        catch (TeamViewerException ex)
        {
            // Refused, or never sent (no connection): TeamViewer made nothing, so the ticket is ready again at once.
            await reconciliation.RemoveAsync(pending.Id, CancellationToken.None);
            return ServiceCaseResult.Fail(ex.Kind == TeamViewerErrorKind.Unreachable ? ServiceCaseMessages.Unreachable : ex.UserMessage);
        }
    }

    /// <summary>Waits for TeamViewer's answer; if it takes longer than <see cref="CreatingShownAfter"/>, the pending case is announced.</summary>
    private async Task<TeamViewerSession> AnnouncedIfSlowAsync(Func<Task<TeamViewerSession>> createSession, int ticketId)
    {
        using var answered = new CancellationTokenSource();
        var moment = Task.Delay(CreatingShownAfter, clock, answered.Token);
        var create = createSession();
        if (await Task.WhenAny(create, moment) == moment)
        {
            events.Dispatch([new TicketChanged(ticketId)]);
        }

        await answered.CancelAsync();
        return await create;
    }

    private static string Limit(string value, int length) => value.Length > length ? value[..length] : value;
}
