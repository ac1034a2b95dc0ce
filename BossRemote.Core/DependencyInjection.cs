using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Common.Events;
using BossRemote.Core.Data;
using BossRemote.Core.Data.KeyRing;
using BossRemote.Core.Demo;
using BossRemote.Core.Email;
using BossRemote.Core.Identity;
using BossRemote.Core.Jobs;
using BossRemote.Core.Notifications;
using BossRemote.Core.Reports;
using BossRemote.Core.Satisfaction;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using BossRemote.Core.Users;
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

        // The database is readied first: hosted services start in this order, and the key ring lives in the database.
        services.AddDomainEvents();
        services.AddData(configuration);
        services.AddKeyRing();
        services.AddScoped<AuditLog>();
        services.AddTickets();
        services.AddSignInSessions();
        services.AddUserAdministration();
        services.AddDemo();
        services.AddSettings();
        services.AddServiceCases();
        services.AddEmail();
        services.AddSatisfaction();
        services.AddNotifications();
        services.AddReports();
        services.AddRecurringJobs();
        return services;
    }

    /// <summary>
    /// Data Protection keys live in the database, so sign-ins and the encrypted TeamViewer token survive restarts and
    /// work on every instance (SPEC §6); keys an earlier installation kept in the data folder are moved in at start-up.
    /// They are encrypted at rest with a key the database does not hold (ADR-016): <c>DataProtection__KeyEncryptionKey</c>,
    /// or on one machine without it a key made once in the data folder.
    /// </summary>
    private static IServiceCollection AddKeyRing(this IServiceCollection services)
    {
        services.AddOptions<KeyRingEncryptionOptions>().BindConfiguration(KeyRingEncryptionOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingEncryptionOptions>, KeyRingEncryptionOptionsValidator>();
        services.AddSingleton(KeyEncryptionKeySource.Resolve);
        services.AddDataProtection().SetApplicationName("BossRemote").PersistKeysToDbContext<BossRemoteDbContext>();
        services.AddOptions<KeyManagementOptions>().Configure<KeyEncryptionKey>((options, key) => options.XmlEncryptor = new AesGcmXmlEncryptor(key));
        services.AddTransient<IDataSeeder, LegacyKeyRingImport>();
        services.AddTransient<IDataSeeder, KeyRingAtRestEncryption>();
        return services;
    }

    private static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DomainEventsInterceptor>();
        services.AddDbContextFactory<BossRemoteDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options
                .UseBossRemoteDatabase(database.Provider, DatabaseProviderExtensions.ConnectionString(database, configuration, sp.GetRequiredService<DataDirectory>()))
                .AddInterceptors(sp.GetRequiredService<DomainEventsInterceptor>());
        });
        services.AddSingleton<DatabaseReadiness>();
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

    /// <summary>Server-side sessions behind every sign-in cookie and open page (ADR-015), with their lifetimes.</summary>
    private static IServiceCollection AddSignInSessions(this IServiceCollection services)
    {
        services.AddOptions<SignInSecurityOptions>().BindConfiguration(SignInSecurityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UserSessionStore>();
        return services;
    }

    private static IServiceCollection AddUserAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserAccountReader>();
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<TwoFactorService>();
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
