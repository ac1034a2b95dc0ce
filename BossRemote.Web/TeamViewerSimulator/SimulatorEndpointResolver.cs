using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
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

    /// <inheritdoc/>
    public string GetBaseUrl()
    {
        var settings = options.CurrentValue;
        if (settings.Mode != TeamViewerMode.Simulator)
        {
            return settings.BaseUrl.TrimEnd('/');
        }

        var address = ServerAddresses.Callable(server, "http")
            ?? throw new TeamViewerException(TeamViewerErrorKind.Unreachable, NotReachableMessage);
        return address + SimulatorRoutes.ApiBase;
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
}
