using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace BossRemote.Web.Jobs;

/// <summary>
/// Hangfire with persistent storage (ADR-002): SQLite in its own file on one machine, PostgreSQL (schema
/// <c>hangfire</c> of the help desk's database) when several instances share the work; dashboard at <c>/jobs</c> for
/// admins. Every job runs once across instances: the store hands each to one worker.
/// </summary>
public static class JobsSetup
{
    public const string DashboardPath = "/jobs";
    public const string StorageFileName = "hangfire.db";
    public const string PostgresSchema = "hangfire";

    public static IServiceCollection AddBossRemoteJobs(this IServiceCollection services, IConfiguration configuration)
    {
        // Hangfire's AddHangfire snapshots its static JobStorage.Current and JobActivator.Current, which the last host
        // to start overwrites. Registering this host's own storage and activator first (AddHangfire only TryAdds) keeps
        // every host on its own job store and its own services — two hosts in one process (the tests) never cross.
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobStorage>(sp => CreateStorage(sp, configuration));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddTransient<IStartupStep, PostgresJobStoreSchema>();

        services.AddHangfire((sp, hangfire) => hangfire
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

    private static JobStorage CreateStorage(IServiceProvider services, IConfiguration configuration)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return new SQLiteStorage(
                services.GetRequiredService<DataDirectory>().PathFor(StorageFileName),
                new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
        }

        // The schema is installed by PostgresJobStoreSchema once the server answers, so a PostgreSQL that is away at
        // start-up delays the jobs instead of stopping the app.
        var options = PostgresOptions(services.GetRequiredService<IOptions<JobsOptions>>().Value);
        var connectionString = DatabaseProviderExtensions.ConnectionString(database, configuration, services.GetRequiredService<DataDirectory>());
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    internal static PostgreSqlStorageOptions PostgresOptions(JobsOptions jobs) => new()
    {
        DistributedLockTimeout = jobs.LockTimeout,
        SchemaName = PostgresSchema,
        PrepareSchemaIfNecessary = false,
        QueuePollInterval = TimeSpan.FromSeconds(1),
        // LISTEN/NOTIFY: a job enqueued on one instance wakes a worker on any instance at once.
        EnableLongPolling = true,
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = TimeSpan.FromMinutes(5),
    };

    /// <summary>Second line of defence behind the endpoint policy: Hangfire asks again on every dashboard request.</summary>
    private sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
