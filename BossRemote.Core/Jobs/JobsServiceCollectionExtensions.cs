using BossRemote.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The recurring jobs, registered in one place with stable ids. The job classes live in their features.</summary>
    public static IServiceCollection AddRecurringJobs(this IServiceCollection services) =>
        services.AddTransient<IStartupStep, RecurringJobRegistration>();
}
