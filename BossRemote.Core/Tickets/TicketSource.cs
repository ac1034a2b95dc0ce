namespace BossRemote.Core.Tickets;

public enum TicketSource
{
    TechnicianPortal = 0,
    UserPortal = 1,
    Email = 2,
    Phone = 3,
}
