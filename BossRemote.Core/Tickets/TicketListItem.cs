namespace BossRemote.Core.Tickets;

/// <summary>One row of the ticket list.</summary>
public sealed record TicketListItem(
    int Number,
    string Subject,
    string RequesterName,
    string? AssignedTechnicianName,
    string CategoryName,
    TicketType Type,
    TicketPriority Priority,
    TicketStatus Status,
    TicketSource Source,
    DateTime CreatedAt,
    DateTime UpdatedAt);
