using BossRemote.Core.Common.Events;

namespace BossRemote.Core.Tickets;

/// <summary>
/// A ticket changed: its details, status or timeline, its service case or the case's e-mail. Open pages of the ticket
/// (and the ticket list) re-read it.
/// </summary>
public sealed record TicketChanged(int TicketId) : IDomainEvent, ILiveUpdate;
