using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.Security;

/// <summary>ASVS 14.4: the headers are on pages, the sign-in page, static files, the jobs dashboard and error pages.</summary>
public partial class SecurityHeadersTests(BossRemoteWebFactory factory) : IClassFixture<BossRemoteWebFactory>
{
    [Fact]
    public async Task Get_TicketsAsTechnician_CarriesTheSecurityHeaders()
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.TechnicianEmail);

        var response = await client.GetAsync("/tickets");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.ShouldCarryTheSecurityHeaders();
    }

    [Fact]
    public async Task Get_JobsDashboardAsAdmin_CarriesTheSecurityHeaders()
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.AdminEmail);

        var response = await client.GetAsync("/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.ShouldCarryTheSecurityHeaders();
    }

    [Fact]
    public async Task Get_JobsDashboardScriptAsAdmin_CarriesTheSecurityHeaders()
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.AdminEmail);
        var dashboard = await client.GetStringAsync("/jobs/recurring");
        var script = ScriptSource().Match(dashboard).Groups[1].Value;

        var response = await client.GetAsync(script);

        script.ShouldStartWith("/jobs/js");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.ShouldCarryTheSecurityHeaders();
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/app.js")]
    [InlineData("/favicon.svg")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    [InlineData("/tickets")]
    public async Task Get_Anonymous_CarriesTheSecurityHeaders(string path)
    {
        using var client = SignInClient.CreateClient(factory);

        var response = await client.GetAsync(path);

        response.ShouldCarryTheSecurityHeaders();
    }

    [Fact]
    public async Task Get_SignInPage_InlineScriptsCarryThisResponsesNonce()
    {
        using var client = SignInClient.CreateClient(factory);

        var first = await client.GetAsync("/Account/Login");
        var second = await client.GetAsync("/Account/Login");

        var nonce = SecurityHeaderAssertions.Nonce(first.ContentSecurityPolicy());
        // As the browser reads them: a nonce with '+' or '/' is HTML-encoded in the attribute (&#x2B;).
        var inlineScripts = InlineScript().Matches(await first.Content.ReadAsStringAsync()).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        inlineScripts.ShouldNotBeEmpty();
        inlineScripts.ShouldAllBe(attributes => attributes.Contains($"nonce=\"{nonce}\""));
        SecurityHeaderAssertions.Nonce(second.ContentSecurityPolicy()).ShouldNotBe(nonce);
    }

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    /// <summary>A script element without a <c>src</c>: its attributes.</summary>
    [GeneratedRegex("<script(?![^>]*\\ssrc=)([^>]*)>")]
    private static partial Regex InlineScript();
}
