using System.Net;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.Security;

/// <summary>ASVS 3.4.1 and 14.4.5 in Production over HTTPS: cookies are <c>Secure</c>, and HSTS holds for a year.</summary>
public sealed class HttpsTests : IAsyncLifetime
{
    private HttpsApp _app = default!;

    public Task InitializeAsync()
    {
        _app = HttpsApp.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Get_SignInPageOverHttps_SendsHstsForAYearWithSubdomains()
    {
        using var client = _app.CreateHttpClient();

        var response = await client.GetAsync("/Account/Login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000; includeSubDomains");
        response.ShouldCarryTheSecurityHeaders();
    }

    [Fact]
    public async Task Get_SignInPageOverHttps_SetsTheAntiforgeryCookieSecure()
    {
        using var client = _app.CreateHttpClient();

        var response = await client.GetAsync("/Account/Login");

        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        antiforgery.Split(';', StringSplitOptions.TrimEntries).ShouldContain("secure");
    }

    [Fact]
    public async Task SignIn_OverHttps_SetsTheSignInCookieSecure()
    {
        using var client = _app.CreateHttpClient();

        var response = await SignInClient.PostSignInAsync(client, DemoUsers.TechnicianEmail);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signIn = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("BossRemote.Auth=", StringComparison.Ordinal));
        signIn.Split(';', StringSplitOptions.TrimEntries).ShouldContain("secure");
    }
}
