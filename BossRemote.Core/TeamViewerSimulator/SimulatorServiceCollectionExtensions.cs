using BossRemote.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.TeamViewerSimulator;

public static class SimulatorServiceCollectionExtensions
{
    /// <summary>
    /// The simulator's state and logic: its own SQLite file in the data folder (migrated at start-up), its services
    /// and fault knobs. The web host adds the HTTP side through <c>AddTeamViewerSimulator()</c>.
    /// </summary>
    public static IServiceCollection AddTeamViewerSimulatorCore(this IServiceCollection services)
    {
        services.AddOptions<TeamViewerSimulatorOptions>()
            .BindConfiguration(TeamViewerSimulatorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContextFactory<SimulatorDbContext>((sp, options) =>
            options.UseSqlite($"Data Source={sp.GetRequiredService<DataDirectory>().PathFor(SimulatorDbContext.FileName)}"));
        services.AddHostedService<SimulatorDatabaseInitializer>();

        services.AddSingleton<SimulatorRateLimiter>();
        services.AddSingleton<SimulatorAccess>();
        services.AddSingleton<SimulatorSessionService>();
        services.AddSingleton<SimulatorSessionQueryService>();
        services.AddSingleton<SimulatorGroupService>();
        services.AddSingleton<SimulatorReportService>();
        services.AddSingleton<SimulatorCustomerService>();
        return services;
    }
}
