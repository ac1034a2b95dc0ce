using System.Net;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Integration;

/// <summary>
/// The sign-in page renders as plain HTTP inside the account layout's error boundary: a database that refuses to store
/// the session of a correct sign-in gets the person a short message with a way back and a 500, not a stack trace.
/// </summary>
public class AccountPageErrorTests(BossRemoteWebFactory factory) : IClassFixture<BossRemoteWebFactory>
{
    [Fact]
    public async Task SignIn_DatabaseRefusesToStoreTheSession_ShowsTheMessageWithAWayBack()
    {
        using var client = SignInClient.CreateClient(factory);
        var database = Path.Combine(factory.DataDirectory, DatabaseProviderExtensions.DefaultSqliteFileName);

        HttpResponseMessage response;
        await using (await DatabaseFault.RefuseAsync(database, "UserSessions", "INSERT"))
        {
            response = await SignInClient.PostSignInAsync(client, DemoUsers.SupervisorEmail);
        }

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("data-testid=\"page-error\"");
        page.ShouldContain("class=\"br-login\"");
        page.ShouldContain("data-testid=\"page-error-back\"");
        page.ShouldNotContain(DatabaseFault.Reason);
    }
}
