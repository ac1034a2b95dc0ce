namespace BossRemote.Core.Email;

/// <summary>Delivers one queued e-mail; safe to run twice (a sent message is never sent again).</summary>
public sealed class EmailDeliveryJob(EmailDeliveryAttempt attempt)
{
    public Task ExecuteAsync(long deliveryId, CancellationToken cancellationToken) => attempt.RunAsync(deliveryId, cancellationToken);
}
