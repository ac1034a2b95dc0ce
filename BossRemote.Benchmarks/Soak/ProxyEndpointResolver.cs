using BossRemote.Core.TeamViewer;
using BossRemote.Web.TeamViewerSimulator;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// Points the app's TeamViewer client at the fault proxy, which forwards to the simulator the app serves — the one
/// service the soak replaces; in Live mode the same client would call TeamViewer's address.
/// </summary>
internal sealed class ProxyEndpointResolver(string proxyUrl) : ITeamViewerEndpointResolver
{
    /// <inheritdoc/>
    public string GetBaseUrl() => proxyUrl + SimulatorRoutes.ApiBase;
}
