using BossRemote.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.ServiceCases;

public static class ServiceCaseServiceCollectionExtensions
{
    /// <summary>Service cases on tickets: Play, Stop, expiry, polling, the close guard, revoke, and their jobs.</summary>
    public static IServiceCollection AddServiceCases(this IServiceCollection services)
    {
        services.AddScoped<ServiceCaseStarter>();
        services.AddScoped<ServiceCaseStopper>();
        services.AddScoped<ServiceCaseReader>();
        services.AddScoped<ServiceCaseEnding>();
        services.AddScoped<ServiceCaseActivation>();
        services.AddScoped<ServiceCaseReconciliation>();
        services.AddScoped<ServiceCaseExpiry>();
        services.AddScoped<ServiceCasePoller>();
        services.AddScoped<ReportWriteBackAttempt>();
        services.AddScoped<ReportWriteBackOverview>();
        services.AddScoped<TeamViewerAccessRevocation>();
        services.AddScoped<ITicketCloseGuard, ServiceCaseCloseGuard>();

        services.AddTransient<ServiceCaseExpiryJob>();
        services.AddTransient<ServiceCaseSweepJob>();
        services.AddTransient<ServiceCasePollJob>();
        services.AddTransient<CustomModuleJob>();
        services.AddTransient<ReportWriteBackJob>();
        return services;
    }
}
