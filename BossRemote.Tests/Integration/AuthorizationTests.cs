using System.Net;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration;

public class AuthorizationTests(BossRemoteWebFactory factory) : IClassFixture<BossRemoteWebFactory>
{
    [Theory]
    [InlineData("/tickets")]
    [InlineData("/tickets/1001")]
    [InlineData("/settings")]
    [InlineData("/settings/users")]
    [InlineData("/reports")]
    [InlineData("/jobs")]
    public async Task Get_Anonymous_IsSentToSignIn(string path)
    {
        using var client = SignInClient.CreateClient(factory);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/Login?ReturnUrl=");
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsTheCookieAndOpensTheTickets()
    {
        using var client = SignInClient.CreateClient(factory);

        var response = await SignInClient.PostSignInAsync(client, DemoUsers.TechnicianEmail);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/tickets");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("BossRemote.Auth="));
        (await client.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsTheErrorAndSetsNoCookie()
    {
        using var client = SignInClient.CreateClient(factory);

        var response = await SignInClient.PostSignInAsync(client, DemoUsers.SupervisorEmail, "not-the-password");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The e-mail address or password is not right.");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Theory]
    [InlineData("/settings")]
    [InlineData("/settings/categories")]
    [InlineData("/settings/integrations/teamviewer")]
    [InlineData("/settings/email/integrations")]
    [InlineData("/settings/email/outbox")]
    [InlineData("/settings/branding")]
    [InlineData("/settings/audit")]
    [InlineData("/settings/users")]
    [InlineData("/jobs")]
    public async Task Get_AdminPageAsTechnician_IsRefused(string path)
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.TechnicianEmail);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/AccessDenied");
    }

    [Fact]
    public async Task Get_AdminPageAsAdmin_IsServed()
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.AdminEmail);

        var response = await client.GetAsync("/settings");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_ReportsAsTechnician_IsRefused()
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.TechnicianEmail);

        var response = await client.GetAsync("/reports");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/AccessDenied");
    }

    [Theory]
    [InlineData("/reports/integrations/teamviewer")]
    [InlineData("/reports/integrations/teamviewer/export.csv?from=2026-03-01&to=2026-03-31&tz=Europe%2FBerlin")]
    public async Task Get_SessionReportAsTechnician_IsRefused(string path)
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.TechnicianEmail);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/AccessDenied");
    }

    [Theory]
    [InlineData("/reports/integrations/teamviewer")]
    [InlineData("/reports/integrations/teamviewer/export.csv?from=2026-03-01&to=2026-03-31&tz=UTC")]
    public async Task Get_SessionReportAnonymous_IsSentToSignIn(string path)
    {
        using var client = SignInClient.CreateClient(factory);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/Login?ReturnUrl=");
    }

    [Fact]
    public async Task Get_MyNotificationsAsSupervisor_IsRefused()
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.SupervisorEmail);

        var response = await client.GetAsync("/account/notifications");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/AccessDenied");
    }

    [Fact]
    public async Task Get_BrandingLogoWithoutOne_Answers404WithoutSignIn()
    {
        using var client = SignInClient.CreateClient(factory);

        var response = await client.GetAsync("/branding/logo");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
