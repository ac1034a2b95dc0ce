namespace BossRemote.Core.Tickets;

/// <summary>
/// Something that can stop a ticket from being closed (SPEC §2 close guard), such as an active remote-support case.
/// </summary>
public interface ITicketCloseGuard
{
    /// <summary>Returns a message that names what blocks the close, or null when nothing does.</summary>
    Task<string?> GetCloseBlockerAsync(int ticketId, CancellationToken cancellationToken);
}
