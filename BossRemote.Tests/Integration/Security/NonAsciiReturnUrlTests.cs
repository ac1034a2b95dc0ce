using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.Security;

/// <summary>
/// A <c>ReturnUrl</c> with a character outside ASCII made a 500 once the password was right: the cookie handler put it
/// into the <c>Location</c> header decoded, and Kestrel refuses that. Over Kestrel, since the test server does not check.
/// </summary>
public sealed partial class NonAsciiReturnUrlTests : IAsyncLifetime
{
    private const string SignInWithReturnUrl = "/Account/Login?ReturnUrl=%2Ftickets%2F%E2%9C%93";

    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        _app = KestrelApp.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SignIn_NonAsciiReturnUrl_RedirectsThereEncoded()
    {
        using var client = _app.CreateHttpClient();

        var response = await PostFormAsync(client, SignInWithReturnUrl, new()
        {
            ["_handler"] = "login",
            ["Input.Email"] = DemoUsers.TechnicianEmail,
            ["Input.Password"] = DemoUsers.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith("/tickets/%E2%9C%93");
    }

    [Fact]
    public async Task SignOut_NonAsciiReturnUrl_SignsOutWithoutAnError()
    {
        using var client = _app.CreateHttpClient();
        await PostFormAsync(client, "/Account/Login", new()
        {
            ["_handler"] = "login",
            ["Input.Email"] = DemoUsers.TechnicianEmail,
            ["Input.Password"] = DemoUsers.Password,
        });

        var response = await PostFormAsync(client, "/Account/Logout?ReturnUrl=%2F%E2%9C%93", new(), formPage: "/tickets");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Posts <paramref name="fields"/> with the antiforgery token of the form on <paramref name="formPage"/>.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var form = await client.GetStringAsync(formPage ?? path);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(form).Groups[1].Value);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
