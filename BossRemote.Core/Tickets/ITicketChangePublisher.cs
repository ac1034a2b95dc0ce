namespace BossRemote.Core.Tickets;

/// <summary>Tells every open view of a ticket that it changed; the web layer fans this out live.</summary>
public interface ITicketChangePublisher
{
    Task PublishAsync(TicketChanged change, CancellationToken cancellationToken = default);
}
