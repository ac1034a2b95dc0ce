using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.Email;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core;

public static class DependencyInjection
{
    public static IServiceCollection AddBossRemoteCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BossRemoteOptions>().BindConfiguration(BossRemoteOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DataDirectory>();
        services.AddScoped<UserAccess>();

        services.AddKeyRing();
        services.AddData(configuration);
        services.AddTickets();
        services.AddUserAdministration();
        services.AddDemo();
        services.AddServiceCases();
        services.AddEmail();
        services.AddReports();
        return services;
    }

    /// <summary>Data Protection keys live in the data folder so sign-ins and encrypted secrets survive restarts.</summary>
    private static IServiceCollection AddKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("BossRemote");
        services.AddOptions<KeyManagementOptions>().Configure<DataDirectory, ILoggerFactory>((options, dataDirectory, loggerFactory) =>
            options.XmlRepository = new FileSystemXmlRepository(
                Directory.CreateDirectory(Path.Combine(dataDirectory.Root, "keys")), loggerFactory));
        return services;
    }

    private static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContextFactory<BossRemoteDbContext>((sp, options) => options.UseBossRemoteDatabase(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, configuration, sp.GetRequiredService<DataDirectory>()));
        services.AddHostedService<DatabaseInitializer>();
        services.AddTransient<IDataSeeder, ReferenceDataSeeder>();
        return services;
    }

    private static IServiceCollection AddTickets(this IServiceCollection services)
    {
        services.AddScoped<TicketListService>();
        services.AddScoped<TicketReader>();
        services.AddScoped<TicketEditor>();
        services.AddScoped<TicketWorkflow>();
        services.AddScoped<TicketTimeline>();
        services.AddScoped<TicketCategoryService>();
        services.AddScoped<TechnicianDirectory>();
        return services;
    }

    private static IServiceCollection AddUserAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserAccountReader>();
        services.AddScoped<UserAdministrationService>();
        return services;
    }

    private static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName);
        services.AddTransient<IDataSeeder, DemoDataSeeder>();
        services.AddTransient<IDataSeeder, DemoSessionHistorySeeder>();
        return services;
    }
}
