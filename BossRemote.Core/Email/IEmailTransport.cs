using MimeKit;

namespace BossRemote.Core.Email;

/// <summary>Hands a finished message to the world: an SMTP server, or the outbox folder when none is configured.</summary>
public interface IEmailTransport
{
    /// <summary>Where messages go, for the people who look after the app, e.g. <c>SMTP mail.example.com:587</c>.</summary>
    string Destination { get; }

    /// <exception cref="EmailTransportException">The message was not accepted; the reason is fit to show.</exception>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
