using BossRemote.Core.Common.Events;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// The real app — its <c>Program</c>, <c>AddBossRemoteCore</c>, <c>AddBossRemoteWeb</c>, migrations, seeders and
/// endpoints — hosted on Kestrel as the integration tests host it (<c>KestrelApp</c>), with four changes: the soak's
/// clock, the TeamViewer client pointed at the fault proxy, no Hangfire server (the soak's <see cref="SoakJobServer"/>
/// runs the jobs from the same store on the soak's clock, ADR-002 addendum) and the logs in a file.
/// </summary>
internal sealed class SoakAppFactory(SoakAppSettings settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        foreach (var (key, value) in settings.Configuration)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(new Unowned(settings.Log)));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(settings.Clock);
            services.Replace(ServiceDescriptor.Singleton<ITeamViewerEndpointResolver>(provider =>
                new ProxyEndpointResolver(settings.TeamViewerProxyUrl, provider.GetRequiredService<SimulatorInstallationKey>())));
            foreach (var server in services.Where(IsHangfireServer).ToList())
            {
                services.Remove(server);
            }

            services.AddDomainEventHandler<SoakBarrier, SoakBarrierHandler>();
        });
    }

    private static bool IsHangfireServer(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService) && service.ImplementationFactory?.Method.ReturnType == typeof(BackgroundJobServerHostedService);

    /// <summary>The log outlives each instance: a host disposes its providers, this one is the run's.</summary>
    private sealed class Unowned(ILoggerProvider inner) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => inner.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
