namespace BossRemote.Core.Tickets;

public enum TicketStatus
{
    Open = 0,
    InProgress = 1,
    OnHold = 2,
    Resolved = 3,
    Closed = 4,
}
