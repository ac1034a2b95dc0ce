using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>Signs in through the real sign-in form (antiforgery token and all) and keeps the cookie.</summary>
public static partial class SignInClient
{
    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient CreateClient(BossRemoteWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the sign-in form; returns the response (302 to the tickets when it worked).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password = DemoUsers.Password)
    {
        var form = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }

        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(BossRemoteWebFactory factory, string email)
    {
        var client = CreateClient(factory);
        var response = await PostSignInAsync(client, email);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
