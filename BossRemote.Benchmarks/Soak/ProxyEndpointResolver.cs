using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// Points the app's TeamViewer client at the fault proxy, which forwards to the simulator the app serves — the one
/// service the soak replaces; in Live mode the same client would call TeamViewer's address. The calls carry the
/// simulator's installation key, as the app's own resolver has them do (ADR-017).
/// </summary>
internal sealed class ProxyEndpointResolver(string proxyUrl, SimulatorInstallationKey installationKey) : ITeamViewerEndpointResolver
{
    /// <inheritdoc/>
    public string GetBaseUrl() => proxyUrl + SimulatorRoutes.ApiBase;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken = default) =>
        new Dictionary<string, string> { [SimulatorInstallationKey.HeaderName] = await installationKey.GetAsync(cancellationToken) };
}
