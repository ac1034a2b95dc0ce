using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration;

/// <summary>
/// <c>scripts/scale-out.sh</c> (SPEC §6 on one machine): two instances on PostgreSQL and Redis behind nginx, pinned per
/// browser by a cookie, with Blazor's WebSocket passed through; <c>stop</c> leaves nothing behind. One deployment is
/// started for the whole journey (it takes most of the test's time) and stopped at its end.
/// </summary>
public sealed class ScaleOutScriptTests
{
    private const string UpstreamHeader = "X-BossRemote-Upstream";
    private const string NodeCookie = "bossremote_node";
    private const int FreshJarTries = 30;
    private const int OneJarRequests = 5;

    [Fact]
    public async Task DetachThenStop_TwoInstancesBehindNginx_ServeStickyWebSocketsThenLeaveNothingRunning()
    {
        await using var deployment = await ScaleOutDeployment.StartAsync();
        var instances = new[] { $"127.0.0.1:{deployment.State["APP_A_PORT"]}", $"127.0.0.1:{deployment.State["APP_B_PORT"]}" };
        var nginx = deployment.NginxUrl;

        var health = await GetHealthAsync(nginx);
        var freshJarInstances = await InstancesOfFreshJarsAsync(nginx);
        var (oneJarInstances, nodeCookieSetAgain) = await InstancesOfOneJarAsync(nginx);
        var signInPage = await GetSignInPageAsync(nginx);
        var socket = await OpenBlazorWebSocketAsync(nginx);
        await deployment.StopAsync();
        var stillListening = deployment.Ports.Where(ScaleOutDeployment.IsListening).ToList();
        var stillRunning = deployment.Pids.Where(ScaleOutDeployment.IsRunning).ToList();

        health.ShouldSatisfyAllConditions(
            () => health.Status.ShouldBe(HttpStatusCode.OK),
            () => health.Overall.ShouldBe("Healthy"),
            () => health.Redis.ShouldBe("Healthy"));
        freshJarInstances.Order().ShouldBe(instances.Order());
        oneJarInstances.Distinct().Count().ShouldBe(1, $"one cookie jar went to {string.Join(", ", oneJarInstances)}");
        nodeCookieSetAgain.ShouldBeFalse();
        signInPage.ShouldSatisfyAllConditions(
            () => signInPage.Status.ShouldBe(HttpStatusCode.OK),
            () => signInPage.Html.ShouldContain("name=\"Input.Email\""));
        socket.ShouldSatisfyAllConditions(
            () => socket.Status.ShouldBe(HttpStatusCode.SwitchingProtocols),
            () => socket.HandshakeReply.ShouldBe("{}\u001e"),
            () => socket.Instance.ShouldBe(socket.NegotiatedOn));
        stillListening.ShouldBeEmpty();
        stillRunning.ShouldBeEmpty();
    }

    private static async Task<(HttpStatusCode Status, string? Overall, string? Redis)> GetHealthAsync(Uri nginx)
    {
        using var client = NewClient(nginx, new CookieContainer());
        using var response = await client.GetAsync("/healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var redis = root.GetProperty("checks").TryGetProperty("redis", out var check) ? check.GetProperty("status").GetString() : null;
        return (response.StatusCode, root.GetProperty("status").GetString(), redis);
    }

    /// <summary>The instances that browsers arriving for the first time land on: each try is a new cookie jar.</summary>
    private static async Task<HashSet<string>> InstancesOfFreshJarsAsync(Uri nginx)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < FreshJarTries && seen.Count < 2; i++)
        {
            using var client = NewClient(nginx, new CookieContainer());
            using var response = await client.GetAsync("/healthz");
            seen.Add(Upstream(response));
        }

        return seen;
    }

    /// <summary>Where one browser's requests land, and whether nginx handed it a node cookie more than once.</summary>
    private static async Task<(List<string> Instances, bool NodeCookieSetAgain)> InstancesOfOneJarAsync(Uri nginx)
    {
        using var client = NewClient(nginx, new CookieContainer());
        var instances = new List<string>();
        var setAgain = false;
        for (var i = 0; i < OneJarRequests; i++)
        {
            using var response = await client.GetAsync("/Account/Login");
            instances.Add(Upstream(response));
            var nodeCookies = response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Count(c => c.StartsWith(NodeCookie + "=", StringComparison.Ordinal)) : 0;
            setAgain |= i > 0 && nodeCookies > 0;
        }

        return (instances, setAgain);
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetSignInPageAsync(Uri nginx)
    {
        using var client = NewClient(nginx, new CookieContainer());
        using var response = await client.GetAsync("/Account/Login");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// What a browser's Blazor circuit does through nginx: sign in, negotiate, open the WebSocket to <c>/_blazor</c> and
    /// exchange SignalR's handshake (Blazor's hub speaks "blazorpack"; the handshake itself is JSON).
    /// </summary>
    private static async Task<(HttpStatusCode Status, string HandshakeReply, string Instance, string NegotiatedOn)> OpenBlazorWebSocketAsync(Uri nginx)
    {
        var jar = new CookieContainer();
        using var client = NewClient(nginx, jar);
        (await SignInClient.PostSignInAsync(client, DemoUsers.TechnicianEmail)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var negotiation = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null);
        negotiation.EnsureSuccessStatusCode();
        using var negotiated = JsonDocument.Parse(await negotiation.Content.ReadAsStringAsync());
        var token = negotiated.RootElement.GetProperty("connectionToken").GetString();

        using var socket = new ClientWebSocket();
        socket.Options.Cookies = jar;
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri($"ws://{nginx.Authority}/_blazor?id={Uri.EscapeDataString(token!)}"), timeout.Token);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        var instance = socket.HttpResponseHeaders?.TryGetValue(UpstreamHeader, out var values) == true ? string.Join(",", values) : "(no header)";
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);

        return (socket.HttpStatusCode, Encoding.UTF8.GetString(buffer, 0, received.Count), instance, Upstream(negotiation));
    }

    private static HttpClient NewClient(Uri nginx, CookieContainer jar) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar, UseCookies = true })
        {
            BaseAddress = nginx,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static string Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues(UpstreamHeader, out var values) ? string.Join(",", values) : "(no header)";
}
