using BossRemote.Core.Common.Events;
using BossRemote.Core.ServiceCases;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Who hears that a customer came online, and how (SPEC §3.5).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<NotificationPreferencesService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<CustomerOnlineNotifier>();
        services.AddDomainEventHandler<CustomerCameOnline, CustomerOnlineNotifier>();
        return services;
    }
}
