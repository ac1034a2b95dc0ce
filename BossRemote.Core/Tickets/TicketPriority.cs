namespace BossRemote.Core.Tickets;

/// <summary>Ticket priority; the numeric order is the urgency order (sorting by priority puts Urgent first).</summary>
public enum TicketPriority
{
    Urgent = 0,
    High = 1,
    Medium = 2,
    Low = 3,
}
