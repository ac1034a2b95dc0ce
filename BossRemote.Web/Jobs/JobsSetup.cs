using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.Storage.SQLite;

namespace BossRemote.Web.Jobs;

/// <summary>Hangfire with persistent SQLite storage in its own file (ADR-002); dashboard at <c>/jobs</c> for admins.</summary>
public static class JobsSetup
{
    public const string DashboardPath = "/jobs";
    public const string StorageFileName = "hangfire.db";

    public static IServiceCollection AddBossRemoteJobs(this IServiceCollection services)
    {
        // Hangfire's AddHangfire snapshots its static JobStorage.Current and JobActivator.Current, which the last host
        // to start overwrites. Registering this host's own storage and activator first (AddHangfire only TryAdds) keeps
        // every host on its own job file and its own services — two hosts in one process (the tests) never cross.
        services.AddSingleton<JobStorage>(sp => new SQLiteStorage(
            sp.GetRequiredService<DataDirectory>().PathFor(StorageFileName),
            new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));

        services.AddHangfire((sp, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new DisposalTolerantLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));

        // Short polling so an expiry at valid_until or a queued e-mail runs within a second or two, not 15 s later.
        services.AddHangfireServer((sp, options) =>
        {
            options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            options.Activator = sp.GetRequiredService<JobActivator>();
        });
        return services;
    }

    public static IEndpointRouteBuilder MapBossRemoteJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            DashboardTitle = "BossRemote background jobs",
            AppPath = "/settings",
            DisplayStorageConnectionString = false,
            Authorization = [new AdminDashboardAuthorizationFilter()],
        }).RequireAuthorization(Policies.Admin);
        return endpoints;
    }

    /// <summary>Second line of defence behind the endpoint policy: Hangfire asks again on every dashboard request.</summary>
    private sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
