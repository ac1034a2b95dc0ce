using System.Linq.Expressions;
using BossRemote.Core.Common.Events;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.Tickets;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// A TeamViewer service case started from a ticket (SPEC §3.2). Times are BossRemote's own clock, UTC. Every change of
/// state goes through a method here, which announces it (<see cref="TicketChanged"/> for the ticket's open pages).
/// </summary>
public sealed class ServiceCase : DomainEventSource
{
    /// <summary>TeamViewer's default validity when it does not say (doc §2.1).</summary>
    public static readonly TimeSpan DefaultValidity = TimeSpan.FromHours(24);

    public const int LinkMaxLength = 500;

    /// <summary>
    /// How long past the create's request timeout a pending case is surely no longer waiting for TeamViewer's answer:
    /// then it may be settled (reconciled, retried, cancelled) by someone other than the press that created it.
    /// </summary>
    public static readonly TimeSpan StaleMargin = TimeSpan.FromSeconds(5);

    public long Id { get; set; }

    public int TicketId { get; set; }

    public Ticket? Ticket { get; set; }

    public ServiceCaseState State { get; set; }

    /// <summary>The TeamViewer session code (<c>s12-345-678</c>); null only while pending.</summary>
    public string? SessionCode { get; set; }

    public string? SupporterLink { get; set; }

    public string? WebClientSupporterLink { get; set; }

    public string? CustomerLink { get; set; }

    public string? GroupId { get; set; }

    /// <summary>What BossRemote wrote into TeamViewer's <c>custom_api</c>, to find the case again after a timeout.</summary>
    public string Reference { get; set; } = "";

    /// <summary>The technician who pressed Play (the case's owner).</summary>
    public string CreatedById { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    /// <summary>Start: when BossRemote created the case.</summary>
    public DateTime CreatedAt { get; set; }

    public DateTime? ValidUntil { get; set; }

    /// <summary>End: when the case was closed or expired.</summary>
    public DateTime? EndedAt { get; set; }

    /// <summary>
    /// <see cref="EndedAt"/> − <see cref="CreatedAt"/> in ticks, stored when the case ends so reports sum one integer
    /// column on every database engine, exactly (SQLite and PostgreSQL subtract dates differently).
    /// </summary>
    public long? DurationTicks { get; set; }

    public string? EndedByName { get; set; }

    /// <summary>True when closed in BossRemote only, because TeamViewer no longer accepted the token.</summary>
    public bool ClosedLocallyOnly { get; set; }

    public bool CustomerOnline { get; set; }

    public DateTime? CustomerOnlineChangedAt { get; set; }

    /// <summary>
    /// When the people who want to know were told the customer came online (the change of
    /// <see cref="CustomerOnlineChangedAt"/>); older than that change, or null, means not yet.
    /// </summary>
    public DateTime? CustomerOnlineNoticedAt { get; set; }

    /// <summary>Connected time from TeamViewer's connection report, when one exists.</summary>
    public int? ConnectedSeconds { get; set; }

    public int Version { get; set; }

    public bool IsOpen => State is ServiceCaseState.Pending or ServiceCaseState.Active;

    public TimeSpan? Duration => EndedAt - CreatedAt;

    /// <summary>The case's <c>custom_api</c> text: the ticket and the case, so TeamViewer data leads back here.</summary>
    public static string ReferenceFor(int ticketNumber, Guid attempt) => $"bossremote:ticket:{ticketNumber}:{attempt:N}";

    /// <summary>
    /// A pending case: the ticket's one open slot, taken before TeamViewer is asked for a code (ADR-008). Not announced:
    /// TeamViewer usually answers within a moment, and the pages watching the ticket then see one change, the active
    /// case, instead of two; the press that reserved it announces it when the answer takes longer
    /// (<see cref="ServiceCaseStarter.CreatingShownAfter"/>).
    /// </summary>
    public static ServiceCase Reserve(int ticketId, int ticketNumber, string technicianId, string technicianName, DateTime now)
    {
        return new ServiceCase
        {
            TicketId = ticketId,
            State = ServiceCaseState.Pending,
            Reference = ReferenceFor(ticketNumber, Guid.NewGuid()),
            CreatedById = technicianId,
            CreatedByName = technicianName,
            CreatedAt = now,
        };
    }

    /// <summary>Pending → active once TeamViewer has issued <paramref name="session"/>.</summary>
    public void Activate(TeamViewerSession session)
    {
        State = ServiceCaseState.Active;
        SessionCode = session.Code;
        SupporterLink = Link(session.SupporterLink);
        WebClientSupporterLink = Link(session.WebclientSupporterLink);
        CustomerLink = Link(session.EndCustomerLink);
        GroupId = session.GroupId;
        ValidUntil = session.ValidUntil ?? CreatedAt + DefaultValidity;
        CustomerOnline = session.Online;
        Version++;
        Announce();
        Raise(() => new ServiceCaseActivated(Id));
    }

    /// <summary>Ends the open case: closed or expired at <paramref name="endedAt"/>, with the connected time if known.</summary>
    public void End(ServiceCaseState state, DateTime endedAt, string endedByName, bool locallyOnly, int? connectedSeconds)
    {
        State = state;
        EndedAt = endedAt;
        DurationTicks = (endedAt - CreatedAt).Ticks;
        EndedByName = endedByName;
        ClosedLocallyOnly = locallyOnly;
        CustomerOnline = false;
        ConnectedSeconds = connectedSeconds;
        Version++;
        Announce();
    }

    /// <summary>Records what TeamViewer says about the customer; returns whether it changed.</summary>
    public bool SetCustomerOnline(bool online, DateTime now)
    {
        if (online == CustomerOnline)
        {
            return false;
        }

        CustomerOnline = online;
        CustomerOnlineChangedAt = now;
        Version++;
        Announce();
        if (online)
        {
            Raise(() => new CustomerCameOnline(Id));
        }

        return true;
    }

    /// <summary>The customer is online and the people who want to know have not been told of this change yet.</summary>
    public static Expression<Func<ServiceCase, bool>> OnlineNotYetNoticed { get; } = c =>
        c.CustomerOnline && c.CustomerOnlineChangedAt != null
        && (c.CustomerOnlineNoticedAt == null || c.CustomerOnlineNoticedAt < c.CustomerOnlineChangedAt);

    /// <summary>Announces again that the customer came online: the notice the first announcement should have given is missing.</summary>
    public void RemindCustomerOnline() => Raise(() => new CustomerCameOnline(Id));

    /// <summary>A pending case about to be deleted because TeamViewer never created it: pages showing "creating" re-read.</summary>
    public void Discard() => Announce();

    /// <summary>
    /// A technician gives up on a pending case whose create went unanswered: the ticket is free at once, and the case
    /// waits (<see cref="ServiceCaseState.Cancelled"/>) until TeamViewer says whether it created the session.
    /// </summary>
    public void Cancel()
    {
        State = ServiceCaseState.Cancelled;
        Version++;
        Announce();
    }

    // The case's rules. Each exists twice, as a check on a loaded case and as a query for the database, side by side;
    // ServiceCaseRulesTests keep each pair in agreement, and nothing else re-derives them.

    /// <summary>The states that hold the ticket's one open slot (the unique index's filter).</summary>
    public static Expression<Func<ServiceCase, bool>> Open { get; } = c => c.State == ServiceCaseState.Pending || c.State == ServiceCaseState.Active;

    /// <summary>Active, but past its valid-until: it has expired even if the expiry job has not run yet.</summary>
    public bool IsOverdue(DateTime now) => State == ServiceCaseState.Active && ValidUntil <= now;

    /// <inheritdoc cref="IsOverdue"/>
    public static Expression<Func<ServiceCase, bool>> OverdueAt(DateTime now) => c => c.State == ServiceCaseState.Active && c.ValidUntil <= now;

    /// <summary>Active and before its valid-until: a session a customer can join.</summary>
    public bool IsRunning(DateTime now) => State == ServiceCaseState.Active && ValidUntil > now;

    /// <inheritdoc cref="IsRunning"/>
    public static Expression<Func<ServiceCase, bool>> RunningAt(DateTime now) => c => c.State == ServiceCaseState.Active && c.ValidUntil > now;

    /// <summary>Being created or running: the ticket cannot be closed (SPEC §2 close guard).</summary>
    public bool HoldsTicket(DateTime now) => State == ServiceCaseState.Pending || IsRunning(now);

    /// <inheritdoc cref="HoldsTicket"/>
    public static Expression<Func<ServiceCase, bool>> HoldingTicketAt(DateTime now) =>
        c => c.State == ServiceCaseState.Pending || (c.State == ServiceCaseState.Active && c.ValidUntil > now);

    /// <summary>When a pending case becomes stale: its create has surely timed out (<see cref="StaleMargin"/>).</summary>
    public DateTime StaleAt(TimeSpan requestTimeout) => CreatedAt + requestTimeout + StaleMargin;

    /// <summary>Pending past <see cref="StaleAt"/>: no answer is coming; it may be reconciled, retried or cancelled.</summary>
    public bool IsStalePending(DateTime now, TimeSpan requestTimeout) => State == ServiceCaseState.Pending && StaleAt(requestTimeout) <= now;

    /// <inheritdoc cref="IsStalePending"/>
    public static Expression<Func<ServiceCase, bool>> StalePendingAt(DateTime now, TimeSpan requestTimeout)
    {
        var createdBy = now - requestTimeout - StaleMargin;
        return c => c.State == ServiceCaseState.Pending && c.CreatedAt <= createdBy;
    }

    /// <summary>
    /// How an active case may end once TeamViewer was asked to close its session — the one rule Stop and Revoke follow:
    /// normally when TeamViewer closed it or no longer has it; in BossRemote only when TeamViewer definitely refuses
    /// the token; not at all otherwise (a timeout or a 5xx settles nothing: the session may still be open).
    /// </summary>
    public static ServiceCaseEnding.Outcome? EndingAfterClose(TeamViewerCloseOutcome outcome) => outcome switch
    {
        TeamViewerCloseOutcome.Closed => ServiceCaseEnding.Closed,
        TeamViewerCloseOutcome.TokenRejected => ServiceCaseEnding.ClosedLocally,
        _ => null,
    };

    private void Announce() => Raise(() => new TicketChanged(TicketId));

    private static string? Link(string? link) => link is { Length: > LinkMaxLength } ? link[..LinkMaxLength] : link;
}
