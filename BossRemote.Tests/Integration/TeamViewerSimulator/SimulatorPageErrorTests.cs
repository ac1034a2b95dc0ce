using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>
/// The simulator's public pages render as plain HTTP inside their own layout's error boundary: a database that refuses
/// the customer's "join" gets the requester a short message in the simulator's page and a 500, not a stack trace.
/// </summary>
public sealed partial class SimulatorPageErrorTests : IAsyncLifetime
{
    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        _app = KestrelApp.Start();
        _app.Tokens.Token = "page-error-" + Guid.NewGuid().ToString("N");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Join_DatabaseRefusesTheWrite_ShowsTheMessageInTheSimulatorPage()
    {
        var session = await _app.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS" });
        using var browser = _app.CreateHttpClient();
        var page = await browser.GetStringAsync(session.EndCustomerLink);
        var simulatorDatabase = Path.Combine(_app.App.DataDirectory, DatabaseProviderExtensions.SimulatorSqliteFileName);

        HttpResponseMessage response;
        await using (await DatabaseFault.RefuseAsync(simulatorDatabase, "Sessions", "UPDATE"))
        {
            response = await browser.PostAsync(session.EndCustomerLink, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "sim-join",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value),
            }));
        }

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var errorPage = await response.Content.ReadAsStringAsync();
        errorPage.ShouldContain("data-testid=\"page-error\"");
        errorPage.ShouldContain("class=\"sim-card\"");
        errorPage.ShouldNotContain("data-testid=\"page-error-back\"");
        errorPage.ShouldNotContain(DatabaseFault.Reason);
        (await browser.GetStringAsync(session.EndCustomerLink)).ShouldContain("data-testid=\"sim-join\"");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
