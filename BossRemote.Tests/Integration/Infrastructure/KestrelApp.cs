using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, so anything that needs a real socket works (the product's
/// TeamViewer client calling the built-in simulator over HTTP). The client's token comes from <see cref="Tokens"/>.
/// </summary>
public sealed class KestrelApp : IAsyncDisposable
{
    private KestrelApp(Factory factory, string baseUrl)
    {
        App = factory;
        BaseUrl = baseUrl;
    }

    /// <summary>The factory, for its data folder and settings.</summary>
    public BossRemoteWebFactory App { get; }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>The token the app's <see cref="ITeamViewerClient"/> sends.</summary>
    public TestTeamViewerTokenProvider Tokens => Services.GetRequiredService<TestTeamViewerTokenProvider>();

    public ITeamViewerClient Client => Services.GetRequiredService<ITeamViewerClient>();

    /// <summary>Starts the app; <paramref name="settings"/> are configuration values (':' separators).</summary>
    /// <param name="provider">SQLite in its data folder, or a fresh PostgreSQL database of its own.</param>
    public static KestrelApp Start(IReadOnlyDictionary<string, string?>? settings = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var factory = new Factory();
        if (provider == DatabaseProvider.Postgres)
        {
            factory.UsePostgres();
        }

        return Start(factory, settings);
    }

    /// <summary>Starts an instance on a PostgreSQL database the test owns: several instances share it.</summary>
    public static KestrelApp StartOnPostgres(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new Factory();
        factory.UsePostgres(connectionString);
        return Start(factory, settings);
    }

    private static KestrelApp Start(Factory factory, IReadOnlyDictionary<string, string?>? settings)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            factory.WithSetting(key, value);
        }

        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new KestrelApp(factory, addresses.Addresses.First().TrimEnd('/'));
    }

    /// <summary>A plain client for this app that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateHttpClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(BaseUrl) };

    public ValueTask DisposeAsync() => App.DisposeAsync();

    private sealed class Factory : BossRemoteWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TestTeamViewerTokenProvider>();
                services.Replace(ServiceDescriptor.Singleton<ITeamViewerTokenProvider>(sp => sp.GetRequiredService<TestTeamViewerTokenProvider>()));
            });
        }
    }
}
