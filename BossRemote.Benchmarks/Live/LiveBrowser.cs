using BossRemote.Core.Demo;
using Microsoft.Playwright;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// Debian's Chromium under Playwright, as the end-to-end tests drive it: one browser, one signed-in context for the
/// acting technician and one for the watchers (each page its own circuit, as each tab is).
/// </summary>
internal sealed class LiveBrowser : IAsyncDisposable
{
    /// <summary>
    /// Marks the moment a condition first holds on a page: <c>__brWatch.arm(selector, present)</c> before a change,
    /// then <c>__brWatch.seen</c> is the browser's clock (ms since the epoch, as <c>DateTimeOffset</c>'s) when an
    /// element matching the selector appeared (or, with <c>present</c> false, was gone), and <c>__brWatch.done</c> a
    /// promise of it. Awaiting the promise costs the page nothing until then; polling fifty pages every 50 ms would load
    /// the same two cores the measured work runs on.
    /// </summary>
    private const string WatchScript = """
        window.__brWatch = {
          seen: null,
          done: null,
          arm(selector, present) {
            this.seen = null;
            if (this.observer) this.observer.disconnect();
            let resolve;
            this.done = new Promise(r => resolve = r);
            const check = () => {
              if (this.seen === null && (document.querySelector(selector) !== null) === present) {
                this.seen = Date.now();
                this.observer.disconnect();
                resolve(this.seen);
              }
            };
            this.observer = new MutationObserver(check);
            this.observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
            check();
          },
        };
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _actingBrowser;
    private readonly IBrowser _watchingBrowser;
    private readonly string _lowPriorityLauncher;

    private LiveBrowser(IPlaywright playwright, IBrowser actingBrowser, IBrowser watchingBrowser, string lowPriorityLauncher,
        IBrowserContext acting, IBrowserContext watching)
    {
        _playwright = playwright;
        _actingBrowser = actingBrowser;
        _watchingBrowser = watchingBrowser;
        _lowPriorityLauncher = lowPriorityLauncher;
        Acting = acting;
        Watching = watching;
    }

    public IBrowserContext Acting { get; }

    public IBrowserContext Watching { get; }

    /// <summary>
    /// Two browsers: the acting technician's, and one for the watching pages that runs only when the cores are otherwise
    /// idle (Linux's <c>SCHED_IDLE</c>, through <c>chrt --idle</c>; Chromium resets a plain <c>nice</c>). The watchers
    /// stand for other people's computers: on this one machine their fifty tabs would otherwise take the two cores from
    /// the server and the acting page, which in use they never share (ADR-019).
    /// </summary>
    /// <param name="idleWatchers">False: the watching browser at normal priority, as busy as the rest.</param>
    public static async Task<LiveBrowser> StartAsync(string baseUrl, bool idleWatchers)
    {
        var playwright = await Playwright.CreateAsync();
        // Fifty tabs of one browser: none of them is "in the background" to Chromium.
        string[] foreground = ["--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"];
        var actingBrowser = await DebianChromium.LaunchAsync(playwright, foreground);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The live benchmark runs Debian's Chromium, on Linux.");
        }

        var launcher = Path.Combine(Path.GetTempPath(), $"bossremote-chromium-idle-{Guid.NewGuid():N}.sh");
        var priority = idleWatchers ? "chrt --idle 0 " : "";
        await File.WriteAllTextAsync(launcher, $"#!/bin/sh\nexec {priority}{DebianChromium.ExecutablePath} \"$@\"\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var watchingBrowser = await DebianChromium.LaunchAsync(playwright, launcher, foreground);
        var acting = await SignedInContextAsync(actingBrowser, baseUrl, DemoUsers.TechnicianEmail);
        var watching = await SignedInContextAsync(watchingBrowser, baseUrl, DemoUsers.AdminEmail);
        return new LiveBrowser(playwright, actingBrowser, watchingBrowser, launcher, acting, watching);
    }

    /// <summary>Opens a ticket and waits until its circuit is live (the layout's marker) and its widget has loaded.</summary>
    public static async Task<IPage> OpenTicketAsync(IBrowserContext context, int number)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/tickets/{number}");
        await page.Locator("[data-testid='interactive']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("[data-testid='tv-widget']").WaitForAsync();
        return page;
    }

    public static Task ArmAsync(IPage page, string selector, bool present) =>
        page.EvaluateAsync("([s, p]) => window.__brWatch.arm(s, p)", new object[] { selector, present });

    /// <summary>When the armed condition came true on the page (ms since the epoch); waits for it without polling.</summary>
    public static Task<long> SeenAsync(IPage page) => page.EvaluateAsync<long>("() => window.__brWatch.done");

    private static async Task<IBrowserContext> SignedInContextAsync(IBrowser browser, string baseUrl, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            TimezoneId = "America/New_York",
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        await context.AddInitScriptAsync(WatchScript);
        var page = await context.NewPageAsync();
        await DebianChromium.SignInAsync(page, email, DemoUsers.Password);
        await page.CloseAsync();
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        await _watchingBrowser.DisposeAsync();
        await _actingBrowser.DisposeAsync();
        _playwright.Dispose();
        File.Delete(_lowPriorityLauncher);
    }
}
