using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Settings;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;
using Microsoft.Playwright;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>
/// Two instances of the app, A and B, on one PostgreSQL database and one Redis, as SPEC §6 deploys them (without the
/// load balancer: each test talks to the instance it means). A connects TeamViewer (the simulator); a headless
/// Chromium opens pages on either.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public const string Token = "two-instances-token";

    private readonly string _database = "bossremote_two_" + Guid.NewGuid().ToString("N");
    private IPlaywright? _playwright;

    public AppInstance A { get; private set; } = default!;

    public AppInstance B { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresDatabases.CreateAsync(_database);
        var channel = "bossremote-test:" + _database;
        A = AppInstance.Start("A", ConnectionString, TestServices.Redis, channel);
        B = AppInstance.Start("B", ConnectionString, TestServices.Redis, channel);

        var admin = await AppScope.DemoUserAsync(A.Services, DemoUsers.AdminEmail);
        var connected = await AppScope.WithAsync<TeamViewerSetupService, OperationResult>(A.Services, s => s.ConnectAsync(admin, Token));
        connected.Succeeded.ShouldBeTrue(connected.Error);

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
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }

        await PostgresDatabases.DropAsync(_database);
    }
}
