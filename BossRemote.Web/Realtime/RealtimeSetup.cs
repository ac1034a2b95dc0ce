using BossRemote.Core.Common.Events;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BossRemote.Web.Realtime;

/// <summary>Live updates (SPEC §3.3, §6): the fan-out to this instance's pages and, with Redis, the relay to the others.</summary>
public static class RealtimeSetup
{
    public const string RedisHealthCheckName = "redis";

    public static IServiceCollection AddBossRemoteRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        services.AddSingleton<LiveUpdateFanOut>();
        services.AddSingleton<LiveUpdates>();
        services.Replace(ServiceDescriptor.Singleton<ILiveUpdatePublisher>(sp => sp.GetRequiredService<LiveUpdates>()));

        if (configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() is { IsConfigured: true })
        {
            services.AddSingleton<RedisLiveUpdateRelay>();
            services.AddSingleton<ILiveUpdateRelay>(sp => sp.GetRequiredService<RedisLiveUpdateRelay>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisLiveUpdateRelay>());
            services.AddHealthChecks().AddCheck<RedisRelayHealthCheck>(RedisHealthCheckName, tags: ["relay"]);
        }
        else
        {
            services.AddSingleton<ILiveUpdateRelay, InProcessRelay>();
        }

        return services;
    }
}
