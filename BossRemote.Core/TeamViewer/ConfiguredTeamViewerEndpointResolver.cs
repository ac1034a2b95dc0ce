using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewer;

/// <summary>
/// The resolver for hosts without the simulator: always <see cref="TeamViewerOptions.BaseUrl"/>, with no extra headers.
/// The web project replaces it with one that points at the built-in simulator in <see cref="TeamViewerMode.Simulator"/> mode.
/// </summary>
internal sealed class ConfiguredTeamViewerEndpointResolver(IOptionsMonitor<TeamViewerOptions> options) : ITeamViewerEndpointResolver
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    public string GetBaseUrl() => options.CurrentValue.BaseUrl.TrimEnd('/');

    public ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NoHeaders);
}
