using BossRemote.Core.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Email;

/// <summary>
/// Stores a message under its unique key and hands it to the delivery job. Queuing the same key twice is a no-op, so
/// a retried Play or a repeated call never sends a message twice.
/// </summary>
public sealed class EmailDeliveryQueue(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    IBackgroundJobClient jobs,
    TimeProvider clock)
{
    /// <returns>The delivery stored under the key (the new one, or the one that was already there).</returns>
    public async Task<EmailDelivery> QueueAsync(EmailDelivery delivery, int? ticketId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.EmailDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Key == delivery.Key, cancellationToken) is { } existing)
        {
            return existing;
        }

        delivery.TicketId = ticketId;
        delivery.Queue(clock.GetUtcNow().UtcDateTime);
        db.EmailDeliveries.Add(delivery);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Queued by someone else at the same moment (the unique key); any other failure stands.
            db.ChangeTracker.Clear();
            var winner = await db.EmailDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Key == delivery.Key, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        jobs.Enqueue<EmailDeliveryJob>(job => job.ExecuteAsync(delivery.Id, CancellationToken.None));
        return delivery;
    }
}
