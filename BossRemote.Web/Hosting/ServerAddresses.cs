using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BossRemote.Web.Hosting;

/// <summary>
/// The app's own address as Kestrel listens on it, for calls and links back to itself: the built-in TeamViewer
/// simulator (<c>SimulatorEndpointResolver</c>) and links in e-mails when no public address is configured
/// (<c>ServerPublicAddress</c>).
/// </summary>
public static class ServerAddresses
{
    private static readonly string[] WildcardHosts = ["0.0.0.0", "[::]", "+", "*"];

    /// <summary>
    /// The first listening address with <paramref name="preferredScheme"/> (else the first of any scheme), as a URL one
    /// can call; null while the server listens on none (an in-memory test server, or not started yet).
    /// </summary>
    public static string? Callable(IServer server, string preferredScheme)
    {
        ArgumentNullException.ThrowIfNull(server);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith(preferredScheme + "://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault();
        return address is null ? null : ToCallable(address);
    }

    /// <summary>A listening address as a URL one can call: wildcard hosts become <c>localhost</c>.</summary>
    public static string ToCallable(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.TrimEnd('/');
        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal) + 3;
        var authority = trimmed[schemeEnd..];
        var portStart = authority.LastIndexOf(':');
        var host = portStart > authority.LastIndexOf(']') ? authority[..portStart] : authority;
        return WildcardHosts.Contains(host)
            ? trimmed[..schemeEnd] + "localhost" + authority[host.Length..]
            : trimmed;
    }
}
