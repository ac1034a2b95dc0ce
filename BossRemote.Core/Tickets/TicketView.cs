namespace BossRemote.Core.Tickets;

/// <summary>The saved views of the ticket list.</summary>
public enum TicketView
{
    All = 0,
    Mine = 1,
    Unassigned = 2,
}
