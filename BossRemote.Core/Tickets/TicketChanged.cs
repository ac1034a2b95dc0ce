namespace BossRemote.Core.Tickets;

/// <summary>A ticket's details, status or timeline changed.</summary>
public sealed record TicketChanged(int TicketId, int Number);
