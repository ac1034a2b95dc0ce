using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// What admins set up (SPEC §3.1, §3.7): the TeamViewer connection (the client, the encrypted token and who may
    /// change it) and the branding.
    /// </summary>
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddTeamViewer();
        services.AddSingleton<TeamViewerTokenProtector>();
        services.AddSingleton<ITeamViewerTokenProvider, StoredTeamViewerTokenProvider>();
        services.AddTransient<IDataSeeder, TeamViewerTokenSeeder>();
        services.AddScoped<TeamViewerSetupService>();
        services.AddScoped<BrandingService>();
        services.AddTransient<IDataSeeder, LegacyLogoImport>();
        return services;
    }
}
