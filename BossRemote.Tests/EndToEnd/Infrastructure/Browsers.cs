using BossRemote.Benchmarks.Live;
using BossRemote.Core.Demo;
using Microsoft.Playwright;

namespace BossRemote.Tests.EndToEnd.Infrastructure;

/// <summary>Debian's Chromium under Playwright, and what a person does first on a page: sign in, open a page, wait for it.</summary>
public static class Browsers
{
    /// <summary>Debian's Chromium; Playwright cannot download its own browser here.</summary>
    public const string ChromiumPath = DebianChromium.ExecutablePath;

    /// <summary>The viewer's time zone in every test: far from UTC, with daylight saving time.</summary>
    public const string ViewerTimeZone = "America/New_York";

    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => DebianChromium.LaunchAsync(playwright);

    /// <summary>A fresh browser context (a person at a computer of their own) on <paramref name="baseUrl"/>.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, string baseUrl, int width = 1440, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            TimezoneId = ViewerTimeZone,
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public static ILocator ByTestId(IPage page, string testId) => page.Locator($"[data-testid='{testId}']");

    /// <summary>The plain Stop on a ticket page: Stop, then Stop session with the wrap-up left empty.</summary>
    public static async Task StopSessionAsync(IPage page)
    {
        await ByTestId(page, "tv-stop").ClickAsync();
        await ByTestId(page, "tv-wrapup-stop").ClickAsync();
    }

    public static Task SignInAsync(IPage page, string email, string password = DemoUsers.Password) =>
        DebianChromium.SignInAsync(page, email, password);

    /// <summary>Opens a page and waits until its interactive circuit is connected, so clicks reach the server.</summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-testid='interactive']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
