using System.Globalization;
using BossRemote.Core.Common.Events;
using BossRemote.Web.Realtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// The real app — its <c>Program</c>, migrations, demo seed, simulator over HTTP, outbox, Hangfire server — on Kestrel
/// in Production mode, on SQLite in a fresh data folder. One change: the online poll is left to the benchmark, which runs it at
/// the moment it measures (a poll every few seconds would land in the middle of other measurements).
/// </summary>
internal sealed class LiveAppFactory(string dataDirectory, CommitTimes commits)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("BossRemote:DataDirectory", dataDirectory);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("TeamViewer:Mode", "Simulator");
        builder.UseSetting("TeamViewer:PollInterval", TimeSpan.FromHours(1).ToString("c", CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseStaticWebAssets(); // blazor.web.js and the app's CSS from the build output, as Development serves them
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<ILiveUpdatePublisher>(sp => new CommitTimes.Publisher(sp.GetRequiredService<LiveUpdates>(), commits)));
        });
    }
}
