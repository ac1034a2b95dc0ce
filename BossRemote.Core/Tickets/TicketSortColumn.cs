namespace BossRemote.Core.Tickets;

public enum TicketSortColumn
{
    Updated = 0,
    Created = 1,
    Number = 2,
    Subject = 3,
    Priority = 4,
    Status = 5,
    Requester = 6,
}
