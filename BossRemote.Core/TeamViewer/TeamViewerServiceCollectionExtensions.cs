using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BossRemote.Core.TeamViewer;

public static class TeamViewerServiceCollectionExtensions
{
    /// <summary>
    /// The TeamViewer client and its settings. The caller registers the <see cref="ITeamViewerTokenProvider"/> (the
    /// encrypted settings store); the endpoint resolver is a default the web host replaces (simulator address).
    /// </summary>
    public static IServiceCollection AddTeamViewer(this IServiceCollection services)
    {
        services.AddOptions<TeamViewerOptions>().BindConfiguration(TeamViewerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ITeamViewerEndpointResolver, ConfiguredTeamViewerEndpointResolver>();
        services.TryAddSingleton<ITeamViewerClient, TeamViewerClient>();
        return services;
    }
}
