using Microsoft.Playwright;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// Debian's Chromium under Playwright (it cannot download its own browser here), and a person signing in: shared by
/// the live benchmark and the end-to-end tests (<c>BossRemote.Tests.EndToEnd.Infrastructure.Browsers</c>).
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Headless, without the sandbox, GPU, QUIC or any background traffic of Chromium's own.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] moreArgs) =>
        LaunchAsync(playwright, ExecutablePath, moreArgs);

    /// <summary>As <see cref="LaunchAsync(IPlaywright, string[])"/>, started through <paramref name="executablePath"/>.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string executablePath, params string[] moreArgs)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", .. moreArgs,
            ],
        });
    }

    /// <summary>Signs in on the sign-in page and waits until it has left it.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid='login-submit']");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
    }
}
