namespace BossRemote.Core.Tickets;

public enum TicketNoteKind
{
    /// <summary>Written by a person.</summary>
    Technician = 0,

    /// <summary>Written by BossRemote itself (status changes, remote sessions, expiry).</summary>
    System = 1,
}
