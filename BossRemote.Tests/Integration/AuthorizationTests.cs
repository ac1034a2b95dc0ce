using System.Net;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration;

/// <summary>
/// Signing in itself: the cookie it sets and the refusal of a wrong password. Who may open which page or endpoint once
/// signed in (or not) is the authorization matrix's job (<c>Authorization/AuthorizationMatrixTests</c>).
/// </summary>
public class AuthorizationTests(BossRemoteWebFactory factory) : IClassFixture<BossRemoteWebFactory>
{
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
}
