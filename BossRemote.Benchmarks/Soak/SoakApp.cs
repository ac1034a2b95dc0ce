using BossRemote.Core.Common.Events;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// One running instance of the app. Everything the soak asks of it runs under <see cref="Lifetime"/>, which a crash
/// cancels at once — as if the process died at that await — before the instance is stopped and a new one started.
/// </summary>
internal sealed class SoakApp : IAsyncDisposable
{
    private static readonly TimeSpan BarrierTimeout = TimeSpan.FromMinutes(2);

    private readonly SoakAppFactory _factory;
    private readonly CancellationTokenSource _lifetime = new();

    private SoakApp(SoakAppFactory factory)
    {
        _factory = factory;
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Where this instance listens (its simulator too), e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    public CancellationToken Lifetime => _lifetime.Token;

    public bool Crashed => _lifetime.IsCancellationRequested;

    /// <summary>Starts an instance; returns once it has migrated, seeded and listens.</summary>
    public static SoakApp Start(SoakAppSettings settings)
    {
        var factory = new SoakAppFactory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return new SoakApp(factory);
    }

    /// <summary>The process "dies" here: every call in flight is cancelled where it stands.</summary>
    public void Crash() => _lifetime.Cancel();

    /// <summary>Waits until the after-commit work of everything committed so far has run.</summary>
    public async Task SettleAsync()
    {
        var barrier = new SoakBarrier(Guid.NewGuid());
        Services.GetRequiredService<IDomainEventDispatcher>().Dispatch([barrier]);
        await barrier.Reached.Task.WaitAsync(BarrierTimeout, Lifetime);
    }

    /// <summary>Runs <paramref name="call"/> with a service of a scope of its own, as a request or a job does.</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, CancellationToken, Task<T>> call)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>(), Lifetime);
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        await _factory.DisposeAsync();
        _lifetime.Dispose();
    }
}
