using BossRemote.Core.Audit;
using BossRemote.Core.Jobs;
using BossRemote.Core.Notifications;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BossRemote.Core.ServiceCases;

public static class ServiceCaseServiceCollectionExtensions
{
    /// <summary>
    /// Service cases on tickets: Play, Stop, expiry, polling, the close guard, and the TeamViewer setup. The customer
    /// e-mail (<see cref="ICustomerInvitationQueue"/>) comes from <c>AddEmail</c>.
    /// </summary>
    public static IServiceCollection AddServiceCases(this IServiceCollection services)
    {
        services.AddTeamViewer();
        services.AddSingleton<TeamViewerTokenProtector>();
        services.AddSingleton<ITeamViewerTokenProvider, StoredTeamViewerTokenProvider>();
        services.AddTransient<Data.IDataSeeder, TeamViewerTokenSeeder>();
        services.AddScoped<TeamViewerSetupService>();
        services.AddScoped<AuditLog>();

        services.AddScoped<ServiceCaseStarter>();
        services.AddScoped<ServiceCaseStopper>();
        services.AddScoped<ServiceCaseReader>();
        services.AddScoped<ServiceCaseEnding>();
        services.AddScoped<ServiceCaseActivation>();
        services.AddScoped<ServiceCaseReconciliation>();
        services.AddScoped<ServiceCaseExpiry>();
        services.AddScoped<ServiceCasePoller>();
        services.AddScoped<ITicketCloseGuard, ServiceCaseCloseGuard>();
        services.AddScoped<CustomerOnlineNotifier>();

        services.AddTransient<ServiceCaseExpiryJob>();
        services.AddTransient<ServiceCaseSweepJob>();
        services.AddTransient<ServiceCasePollJob>();
        services.AddHostedService<RecurringJobRegistration>();
        return services;
    }
}
