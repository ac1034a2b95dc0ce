using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Settings;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Email;

/// <summary>
/// One attempt to deliver a queued message. The delivery is claimed first (a conditional update), so two workers
/// never send it at once; a sent or failed delivery is left alone. A failure is recorded with its reason and the next
/// attempt is scheduled with back-off; after the last one the delivery is marked failed.
/// </summary>
public sealed class EmailDeliveryAttempt(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    IEmailTransport transport,
    BrandingService branding,
    IBackgroundJobClient jobs,
    IOptionsMonitor<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailDeliveryAttempt> logger)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    public async Task<EmailDeliveryStatus?> RunAsync(long deliveryId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.EmailDeliveries
            .Where(d => d.Id == deliveryId
                && (d.Status == EmailDeliveryStatus.Queued || d.Status == EmailDeliveryStatus.Retrying
                    || (d.Status == EmailDeliveryStatus.Sending && d.LockedUntil < now)))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, EmailDeliveryStatus.Sending).SetProperty(d => d.LockedUntil, now + ClaimFor), cancellationToken);
        if (claimed == 0)
        {
            return null; // sent, failed for good, or another worker has it
        }

        var delivery = await db.EmailDeliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var settings = await branding.GetAsync(cancellationToken);
        delivery.Attempts++;
        try
        {
            if (!EmailAddresses.IsDeliverable(delivery.RecipientEmail))
            {
                throw new EmailTransportException($"{delivery.RecipientEmail} is not an address mail can be sent to.", isPermanent: true);
            }

            var message = EmailMessageBuilder.Build(delivery, options.CurrentValue.From, settings.CompanyName, await branding.GetLogoAsync(cancellationToken));
            await transport.SendAsync(message, cancellationToken);
            delivery.MarkSent(clock.GetUtcNow().UtcDateTime);
            logger.LogInformation("E-mail {DeliveryId} ({Kind}) sent to {Recipient} via {Destination}", delivery.Id, delivery.Kind, delivery.RecipientEmail, transport.Destination);
        }
        catch (EmailTransportException ex)
        {
            RecordFailure(delivery, ex.Message, ex.IsPermanent);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "E-mail {DeliveryId} could not be sent", delivery.Id);
            RecordFailure(delivery, $"BossRemote could not send the message: {ex.Message}", permanent: false);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (delivery.Status == EmailDeliveryStatus.Retrying)
        {
            jobs.Schedule<EmailDeliveryJob>(job => job.ExecuteAsync(delivery.Id, CancellationToken.None), new DateTimeOffset(delivery.NextAttemptAt!.Value, TimeSpan.Zero));
        }

        return delivery.Status;
    }

    /// <summary>A permanent failure ends the delivery at once: retrying for two hours cannot make a refused address good.</summary>
    private void RecordFailure(EmailDelivery delivery, string reason, bool permanent)
    {
        var delays = options.CurrentValue.EffectiveRetryDelays;
        if (permanent || delivery.Attempts >= delays.Count + 1)
        {
            delivery.MarkFailed(reason, nextAttemptAt: null);
            logger.LogError("E-mail {DeliveryId} to {Recipient} failed for good after {Attempts} attempts: {Reason}", delivery.Id, delivery.RecipientEmail, delivery.Attempts, reason);
            return;
        }

        delivery.MarkFailed(reason, clock.GetUtcNow().UtcDateTime + delays[delivery.Attempts - 1]);
        logger.LogWarning("E-mail {DeliveryId} to {Recipient} failed (attempt {Attempts}), retrying at {NextAttempt}: {Reason}",
            delivery.Id, delivery.RecipientEmail, delivery.Attempts, delivery.NextAttemptAt, reason);
    }
}
