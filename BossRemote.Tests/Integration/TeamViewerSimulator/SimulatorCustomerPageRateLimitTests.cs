using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Web.TeamViewerSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>
/// The public customer page limits joins and leaves per client address (here 3 a minute), with the client's address
/// taken from <c>X-Forwarded-For</c> as behind the documented proxy setting.
/// </summary>
public sealed partial class SimulatorCustomerPageRateLimitTests : IAsyncLifetime
{
    private readonly BossRemoteWebFactory _factory = new BossRemoteWebFactory()
        .WithSetting("TeamViewer:Simulator:CustomerActionsPerMinute", "3")
        .WithSetting("FORWARDEDHEADERS_ENABLED", "true");

    private string _code = "";

    public async Task InitializeAsync()
    {
        var sessions = _factory.Services.GetRequiredService<SimulatorSessionService>();
        var created = await sessions.CreateAsync(SimulatorAccount.ForToken("rate-limit"), new SimulatedSessionInput { GroupName = "BOSS" });
        _code = created.Value!.Code;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task JoinAndLeave_BeyondTheLimitFromOneAddress_Is429AndChangesNothingWhileAnotherAddressGoesOn()
    {
        using var busy = await CustomerAsync("203.0.113.5");
        using var other = await CustomerAsync("203.0.113.6");
        (await busy.PostAsync("sim-join")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await busy.PostAsync("sim-leave")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await busy.PostAsync("sim-join")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await busy.PostAsync("sim-leave");
        var stillOnline = await OnlineAsync();
        var fromElsewhere = await other.PostAsync("sim-leave");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Too many joins and leaves from your address");
        stillOnline.ShouldBeTrue();
        fromElsewhere.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OnlineAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task CustomerPage_ReadManyTimes_IsNotLimited()
    {
        using var customer = await CustomerAsync("203.0.113.9");

        var pages = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => customer.Http.GetAsync(customer.Link)));

        pages.ShouldAllBe(page => page.StatusCode == HttpStatusCode.OK);
    }

    private async Task<bool> OnlineAsync() =>
        (await _factory.Services.GetRequiredService<SimulatorCustomerService>().FindAsync(_code))!.Online;

    private async Task<Customer> CustomerAsync(string address)
    {
        var http = SignInClient.CreateClient(_factory);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var link = $"{SimulatorRoutes.CustomerPage}/{SimulatorSessionCodes.Undashed(_code)}";
        var page = await http.GetStringAsync(link);
        var token = AntiforgeryField().Match(page);
        token.Success.ShouldBeTrue("the customer page has no antiforgery token");
        return new Customer(http, link, WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>One person's browser at one address: the page's link and its antiforgery token.</summary>
    private sealed record Customer(HttpClient Http, string Link, string Antiforgery) : IDisposable
    {
        public Task<HttpResponseMessage> PostAsync(string handler) =>
            Http.PostAsync(Link, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = handler,
                ["__RequestVerificationToken"] = Antiforgery,
            }));

        public void Dispose() => Http.Dispose();
    }
}
