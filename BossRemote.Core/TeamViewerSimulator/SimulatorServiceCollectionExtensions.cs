using BossRemote.Core.Common;
using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewerSimulator;

public static class SimulatorServiceCollectionExtensions
{
    /// <summary>
    /// The simulator's state and logic: on the help desk's provider (its own SQLite file in the data folder, or its own
    /// schema in the PostgreSQL database, so every instance sees the same sessions), migrated at start-up; its services
    /// and fault knobs. The web host adds the HTTP side through <c>AddTeamViewerSimulator()</c>.
    /// </summary>
    public static IServiceCollection AddTeamViewerSimulatorCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamViewerSimulatorOptions>()
            .BindConfiguration(TeamViewerSimulatorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContextFactory<SimulatorDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseSimulatorDatabase(
                database.Provider, DatabaseProviderExtensions.SimulatorConnectionString(database, configuration, sp.GetRequiredService<DataDirectory>()));
        });
        services.AddTransient<IStartupStep, SimulatorDatabaseInitializer>();

        services.AddSingleton<SimulatorInstallationKey>();
        services.AddSingleton<SimulatorRateLimiter>();
        services.AddSingleton<SimulatorCustomerRateLimiter>();
        services.AddSingleton<SimulatorAccess>();
        services.AddSingleton<SimulatorSessionService>();
        services.AddSingleton<SimulatorSessionQueryService>();
        services.AddSingleton<SimulatorGroupService>();
        services.AddSingleton<SimulatorReportService>();
        services.AddSingleton<SimulatorCustomerService>();
        return services;
    }
}
