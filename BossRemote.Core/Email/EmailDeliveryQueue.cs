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
        return await SaveAndEnqueueAsync(db, delivery, cancellationToken)
            ?? await db.EmailDeliveries.AsNoTracking().SingleAsync(d => d.Key == delivery.Key, cancellationToken);
    }

    /// <summary>
    /// Stores the message in one save with what <paramref name="alongside"/> adds (e.g. a record that it was sent for
    /// a period, under its own unique index), so either both are stored or neither is.
    /// </summary>
    /// <returns>False when the key or the other record was already stored (another run got there first).</returns>
    public async Task<bool> QueueWithAsync(EmailDelivery delivery, Action<BossRemoteDbContext, EmailDelivery> alongside, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        alongside(db, delivery);
        return await SaveAndEnqueueAsync(db, delivery, cancellationToken) is not null;
    }

    /// <returns>The stored delivery, or null when a unique index refused the save because another one got there first.</returns>
    private async Task<EmailDelivery?> SaveAndEnqueueAsync(BossRemoteDbContext db, EmailDelivery delivery, CancellationToken cancellationToken)
    {
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
            if (!await db.EmailDeliveries.AsNoTracking().AnyAsync(d => d.Key == delivery.Key, cancellationToken))
            {
                throw;
            }

            return null;
        }

        jobs.Enqueue<EmailDeliveryJob>(job => job.ExecuteAsync(delivery.Id, CancellationToken.None));
        return delivery;
    }
}
