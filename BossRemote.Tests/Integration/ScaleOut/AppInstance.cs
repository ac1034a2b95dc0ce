using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>
/// One instance of the real app on Kestrel at a free loopback port, on a PostgreSQL database and (optionally) a Redis
/// that other instances share — the production services throughout, the stored TeamViewer token included.
/// </summary>
public sealed class AppInstance : IAsyncDisposable
{
    private readonly BossRemoteWebFactory _factory;

    private AppInstance(string name, BossRemoteWebFactory factory)
    {
        Name = name;
        _factory = factory;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public string Name { get; }

    public string BaseUrl { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts an instance; returns once it has migrated, seeded and listens.</summary>
    public static AppInstance Start(string name, string postgres, string? redis, string channel, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new BossRemoteWebFactory().UsePostgres(postgres);
        factory.WithSetting("TeamViewer:PollInterval", "00:00:01");
        if (redis is not null)
        {
            factory.WithSetting("Redis:Configuration", redis).WithSetting("Redis:Channel", channel);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            factory.WithSetting(key, value);
        }

        factory.UseKestrel(0);
        factory.StartServer();
        return new AppInstance(name, factory);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
