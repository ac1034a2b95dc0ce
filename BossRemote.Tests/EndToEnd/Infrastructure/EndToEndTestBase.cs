using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace BossRemote.Tests.EndToEnd.Infrastructure;

/// <summary>
/// One isolated browser context per test (its own cookies), in a non-UTC time zone so times are checked as a
/// viewer sees them. Helpers sign in as the demo people of SPEC §5 and wait for the interactive circuit.
/// </summary>
[Collection(EndToEndCollection.Name)]
public abstract class EndToEndTestBase(AppServerFixture app) : IAsyncLifetime
{
    /// <summary>The viewer's time zone in every test: far from UTC, with daylight saving time.</summary>
    public const string ViewerTimeZone = Browsers.ViewerTimeZone;

    private readonly List<IBrowserContext> _contexts = [];

    protected AppServerFixture App { get; } = app;

    protected IPage Page { get; private set; } = default!;

    public virtual async Task InitializeAsync() => Page = await NewPageAsync();

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>A page in a fresh browser context: a second person at a second computer (or phone: 390×844).</summary>
    protected async Task<IPage> NewPageAsync(int width = 1440, int height = 900)
    {
        var page = await Browsers.NewPageAsync(App.Browser, App.BaseUrl, width, height);
        _contexts.Add(page.Context);
        return page;
    }

    protected static ILocator ByTestId(IPage page, string testId) => Browsers.ByTestId(page, testId);

    protected ILocator ByTestId(string testId) => ByTestId(Page, testId);

    protected static Task SignInAsync(IPage page, string email, string password = DemoUsers.Password) =>
        Browsers.SignInAsync(page, email, password);

    protected Task SignInAsync(string email) => SignInAsync(Page, email);

    /// <summary>Opens a page and waits until its interactive circuit is connected, so clicks reach the server.</summary>
    protected static Task GotoInteractiveAsync(IPage page, string path) => Browsers.GotoInteractiveAsync(page, path);

    protected Task GotoInteractiveAsync(string path) => GotoInteractiveAsync(Page, path);

    /// <summary>Connects TeamViewer (the simulator) as an admin would, unless it is connected already.</summary>
    protected async Task EnsureTeamViewerConnectedAsync()
    {
        var admin = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.AdminEmail);
        var setup = await AppScope.WithAsync<TeamViewerSetupService, TeamViewerSetupView>(App.Factory.Services, s => s.GetAsync(admin));
        if (!setup.IsConnected)
        {
            var connected = await AppScope.WithAsync<TeamViewerSetupService, OperationResult>(App.Factory.Services, s => s.ConnectAsync(admin, "e2e-simulator-token"));
            connected.Succeeded.ShouldBeTrue(connected.Error);
        }
    }

    /// <summary>An open demo ticket with no service case yet.</summary>
    protected Task<Ticket> FreshTicketAsync() => AppScope.FreshOpenTicketAsync(App.Factory.Services);

    protected static Task WaitForInteractiveAsync(IPage page) => Browsers.WaitForInteractiveAsync(page);

    /// <summary>
    /// Opens the mail outbox as an admin waiting for a message: presses Refresh until one with <paramref name="subject"/>
    /// is listed (the page shows what was there when it loaded, and the delivery job writes a message a moment after it
    /// is queued; on a busy machine, seconds after). Returns the listed messages with that subject, for the caller to check.
    /// </summary>
    protected static async Task<ILocator> OutboxMessagesAsync(IPage admin, string subject)
    {
        await GotoInteractiveAsync(admin, "/settings/email/outbox");
        var messages = admin.Locator("[data-testid='outbox-item']", new() { HasText = subject });
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await messages.CountAsync() == 0 && waited.Elapsed < OutboxPatience)
        {
            await Task.Delay(500);
            await ByTestId(admin, "outbox-refresh").ClickAsync();
        }

        return messages;
    }

    private static readonly TimeSpan OutboxPatience = TimeSpan.FromSeconds(60);
}
