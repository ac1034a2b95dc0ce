using System.Net;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.Security;

/// <summary>The page the exception handler shows (Production) also offers a way back, like every page error.</summary>
public class ErrorPageTests(BossRemoteWebFactory factory) : IClassFixture<BossRemoteWebFactory>
{
    [Fact]
    public async Task Get_ErrorPage_OffersTheWayBackToTheTickets()
    {
        using var client = SignInClient.CreateClient(factory);

        var response = await client.GetAsync("/Error");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"error-back\"");
    }
}
