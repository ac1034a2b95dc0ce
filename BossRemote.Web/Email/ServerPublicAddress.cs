using BossRemote.Core.Common;
using BossRemote.Core.Email;
using BossRemote.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace BossRemote.Web.Email;

/// <summary>
/// Links in e-mails point at <see cref="EmailOptions.PublicUrl"/> when it is set (behind a proxy it must be); otherwise
/// at the server's own listening address, which is right for the demo and for tests on loopback.
/// </summary>
public sealed class ServerPublicAddress(IServer server, IOptionsMonitor<EmailOptions> options) : IPublicAddress
{
    /// <inheritdoc/>
    public string BaseUrl
    {
        get
        {
            if (options.CurrentValue.PublicUrl is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }

            return ServerAddresses.Callable(server, "https") ?? "http://localhost";
        }
    }
}
