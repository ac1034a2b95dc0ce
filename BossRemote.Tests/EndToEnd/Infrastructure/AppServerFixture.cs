using System.Diagnostics.CodeAnalysis;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BossRemote.Tests.EndToEnd.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port (fresh SQLite data folder, demo data, simulator, outbox) and one
/// headless Debian Chromium driven by Playwright. Shared by the end-to-end collection; each test opens its own
/// browser context, so cookies and pages never leak between tests.
/// </summary>
public sealed class AppServerFixture : IAsyncLifetime
{
    public const string ChromiumPath = Browsers.ChromiumPath;

    private IPlaywright? _playwright;

    public BossRemoteWebFactory Factory { get; } = new();

    [NotNull]
    public string? BaseUrl { get; private set; }

    [NotNull]
    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        // Live status within a second or two: the online poll runs every second in these tests.
        Factory.WithSetting("TeamViewer:PollInterval", "00:00:01");
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        // A busy CI machine may take longer than Playwright's 5 s default for a live update to land.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await Browsers.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
