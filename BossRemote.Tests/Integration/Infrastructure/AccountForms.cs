using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// Beside <see cref="SignInClient"/>: clients at an address of their own, the sign-in cookie and copies of it, and the
/// account forms (sign-out, two-factor) posted as a browser posts them, antiforgery token and all.
/// </summary>
public static partial class AccountForms
{
    public const string AuthCookieName = "BossRemote.Auth";

    /// <summary>A client that keeps cookies, shows redirects, and comes from <paramref name="address"/> (<see cref="SignInTestFactory"/>).</summary>
    public static HttpClient CreateClient(BossRemoteWebFactory factory, string address)
    {
        var client = SignInClient.CreateClient(factory);
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client;
    }

    /// <summary>The sign-in cookie a response set, as a <c>Cookie</c> header value (<c>BossRemote.Auth=…</c>).</summary>
    public static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(AuthCookieName + "=", StringComparison.Ordinal));

    /// <summary>Someone else's browser holding a copy of <paramref name="cookie"/>: it sends the cookie and keeps nothing.</summary>
    public static HttpClient CopyHolder(BossRemoteWebFactory factory, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Presses "Sign out" on a page, with the page's antiforgery token unless told not to send it.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client, bool withAntiforgeryToken = true, string fromPage = "/tickets")
    {
        var token = Token(await client.GetStringAsync(fromPage));
        var fields = withAntiforgeryToken ? new Dictionary<string, string> { ["__RequestVerificationToken"] = token } : [];
        return await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));
    }

    /// <summary>Opens <paramref name="path"/> and posts its form <paramref name="formName"/> with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string path, string formName, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await client.GetAsync(path);
        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = Token(await page.Content.ReadAsStringAsync()),
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>The text of the element with <paramref name="testId"/>, HTML-decoded, or null.</summary>
    public static string? TextOf(string html, string testId)
    {
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(.*?)</", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : null;
    }

    private static string Token(string html)
    {
        var token = AntiforgeryField().Match(html);
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
