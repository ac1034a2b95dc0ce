using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BossRemote.Core.Email;

/// <summary>Sends over SMTP with MailKit, one connection per message (volumes are small; no idle connection to lose).</summary>
internal sealed class SmtpEmailTransport(IOptionsMonitor<EmailOptions> options) : IEmailTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private SmtpOptions Smtp => options.CurrentValue.Smtp;

    public string Destination => $"SMTP {Smtp.Host}:{Smtp.Port}";

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = Smtp;
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException ex)
        {
            // RFC 5321: a 5yz reply to the recipient or the message is permanent (the same message would be refused
            // again); a 4yz one is not, and neither is a refused sender, which is usually our own setup to fix.
            var permanent = (int)ex.StatusCode >= 500
                && ex.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;
            throw new EmailTransportException($"The mail server refused the message: {ex.Message.TrimEnd('.')} (SMTP {(int)ex.StatusCode}).", ex,
                isPermanent: permanent);
        }
        catch (AuthenticationException ex)
        {
            throw new EmailTransportException("The mail server did not accept BossRemote's user name or password.", ex);
        }
        catch (SslHandshakeException ex)
        {
            throw new EmailTransportException($"A secure connection to {smtp.Host}:{smtp.Port} could not be made (check Email__Smtp__UseTls and the port).", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new EmailTransportException($"The mail server {smtp.Host}:{smtp.Port} cannot be reached: {ex.Message.TrimEnd('.')}.", ex);
        }
    }
}
