using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// Two-factor sign-in as a person goes through it, over HTTP with the real forms: set up on the profile page with a
/// code from an authenticator app (<see cref="Totp"/>), then the code after the password at sign-in.
/// </summary>
public static partial class TwoFactorSteps
{
    public const string SetupPath = "/account/two-factor";

    /// <summary>
    /// The app's code <paramref name="steps"/> time steps ahead of the app's clock: each code is accepted once, so a test
    /// that needs several takes the next ones (the app accepts two steps either side).
    /// </summary>
    public static string CodeAhead(string key, TimeProvider clock, int steps) => Totp.Code(key, clock.GetUtcNow().AddSeconds(30 * steps));

    /// <summary>Starts the set-up and returns the shared key the page shows.</summary>
    public static async Task<string> StartAsync(HttpClient client)
    {
        var page = await AccountForms.PostFormAsync(client, SetupPath, "two-factor-start");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        return AccountForms.TextOf(await page.Content.ReadAsStringAsync(), "two-factor-key")
            ?? throw new InvalidOperationException("The set-up page shows no key.");
    }

    /// <summary>Turns two-factor sign-in on for the signed-in <paramref name="client"/>; returns the key and the recovery codes.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAsync(HttpClient client, TimeProvider clock)
    {
        var key = await StartAsync(client);
        var page = await AccountForms.PostFormAsync(client, SetupPath, "two-factor-enable", new Dictionary<string, string> { ["EnableCode"] = CodeAhead(key, clock, 0) });
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (key, RecoveryCodes(await page.Content.ReadAsStringAsync()));
    }

    /// <summary>Posts the code page after a password sign-in that asked for it.</summary>
    public static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string code, string returnUrl = "/tickets") =>
        AccountForms.PostFormAsync(client, $"/Account/LoginWith2fa?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login-2fa",
            new Dictionary<string, string> { ["Code"] = code });

    public static IReadOnlyList<string> RecoveryCodes(string page)
    {
        var list = Regex.Match(page, "data-testid=\"two-factor-recovery-codes\"[^>]*>(.*?)</ul>", RegexOptions.Singleline);
        return [.. ListItem().Matches(list.Groups[1].Value).Select(m => m.Groups[1].Value.Trim())];
    }

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex ListItem();
}
