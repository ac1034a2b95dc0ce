namespace BossRemote.Core.Tickets;

public enum TicketType
{
    Incident = 0,
    ServiceRequest = 1,
    Request = 2,
}
