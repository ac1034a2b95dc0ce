using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace BossRemote.Web.TeamViewerSimulator;

/// <summary>
/// In <see cref="TeamViewerMode.Simulator"/> mode the client calls the app's own simulator over real HTTP: the
/// server's listening address plus <see cref="SimulatorRoutes.ApiBase"/>, with this installation's simulator key (ADR-017).
/// In <see cref="TeamViewerMode.Live"/> mode, <see cref="TeamViewerOptions.BaseUrl"/> and nothing else: the key never
/// leaves the app.
/// </summary>
public sealed class SimulatorEndpointResolver(
    IServer server,
    IOptionsMonitor<TeamViewerOptions> options,
    SimulatorInstallationKey installationKey) : ITeamViewerEndpointResolver
{
    public const string NotReachableMessage =
        "The built-in TeamViewer simulator is not reachable yet: the server is not listening on an address (for example under an in-memory test server).";

    private static readonly string[] WildcardHosts = ["0.0.0.0", "[::]", "+", "*"];

    /// <inheritdoc/>
    public string GetBaseUrl()
    {
        var settings = options.CurrentValue;
        if (settings.Mode != TeamViewerMode.Simulator)
        {
            return settings.BaseUrl.TrimEnd('/');
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null)
        {
            throw new TeamViewerException(TeamViewerErrorKind.Unreachable, NotReachableMessage);
        }

        return ToCallable(address) + SimulatorRoutes.ApiBase;
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken = default)
    {
        if (options.CurrentValue.Mode != TeamViewerMode.Simulator)
        {
            return new Dictionary<string, string>();
        }

        return new Dictionary<string, string> { [SimulatorInstallationKey.HeaderName] = await installationKey.GetAsync(cancellationToken) };
    }

    /// <summary>A listening address as a URL one can call: wildcard hosts become <c>localhost</c>.</summary>
    internal static string ToCallable(string address)
    {
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
