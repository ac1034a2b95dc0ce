using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BossRemote.Core.TeamViewer;

public static class TeamViewerServiceCollectionExtensions
{
    /// <summary>
    /// The TeamViewer client and its settings. The token provider and endpoint resolver are defaults that the settings
    /// store and the web host (simulator address) replace.
    /// </summary>
    public static IServiceCollection AddTeamViewer(this IServiceCollection services)
    {
        services.AddOptions<TeamViewerOptions>().BindConfiguration(TeamViewerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ITeamViewerTokenProvider, ConfigurationTeamViewerTokenProvider>();
        services.TryAddSingleton<ITeamViewerEndpointResolver, ConfiguredTeamViewerEndpointResolver>();
        services.TryAddSingleton<ITeamViewerClient, TeamViewerClient>();
        return services;
    }
}
