using BossRemote.Core.ServiceCases;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Satisfaction;

public static class SatisfactionServiceCollectionExtensions
{
    /// <summary>Customer satisfaction (ADR-023): the rating request after Stop, its signed link and the public page's service.</summary>
    public static IServiceCollection AddSatisfaction(this IServiceCollection services)
    {
        services.AddSingleton<SatisfactionLink>();
        services.AddScoped<IStopFollowUp, SatisfactionRequests>();
        services.AddScoped<SatisfactionRatings>();
        return services;
    }
}
