using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BossRemote.Core.Demo;
using BossRemote.Core.Tickets;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.Authorization;

/// <summary>
/// One app (demo data, Simulator mode) for the whole matrix: the demo people signed in once, their cookies sent by hand
/// on one cookie-less client (so a sign-out row cannot sign anybody out of the other rows, and requests run in
/// parallel), and real values for route parameters: an open demo ticket, a simulator session and its supporter link.
/// </summary>
public sealed partial class AuthorizationMatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<Callers, string> _cookies = [];
    private Dictionary<string, string> _samples = [];

    public BossRemoteWebFactory App { get; } = new();

    public HttpClient Http { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Http = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        _cookies[Callers.Technician] = await SignInCookieAsync(DemoUsers.TechnicianEmail);
        _cookies[Callers.Supervisor] = await SignInCookieAsync(DemoUsers.SupervisorEmail);
        _cookies[Callers.Admin] = await SignInCookieAsync(DemoUsers.AdminEmail);
        _samples = await SamplesAsync();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Sends <paramref name="rule"/>'s request as <paramref name="caller"/>: the status and the redirect's path and query.</summary>
    public async Task<(int Status, string? Location)> SendAsync(AccessRule rule, Callers caller)
    {
        using var request = new HttpRequestMessage(new HttpMethod(rule.RequestMethod), PathFor(rule));
        if (_cookies.TryGetValue(caller, out var cookie))
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (rule.RequestMethod is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await Http.SendAsync(request);
        var location = response.Headers.Location;
        return ((int)response.StatusCode, location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
    }

    /// <summary>The rule's request with every <c>{name}</c> (route parameters included) filled with a real value.</summary>
    public string PathFor(AccessRule rule) => Placeholder().Replace(rule.Request, match =>
        _samples.TryGetValue(match.Groups["name"].Value, out var value)
            ? Uri.EscapeDataString(value)
            : throw new InvalidOperationException(
                $"{rule.Key}: no sample value for {match.Value}. Give the fixture one (a real value from the demo data) or the rule a Request."));

    private async Task<string> SignInCookieAsync(string email)
    {
        using var client = SignInClient.CreateClient(App);
        var response = await SignInClient.PostSignInAsync(client, email);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        var auth = cookies.Where(c => c.StartsWith("BossRemote.Auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0]).ToList();
        auth.ShouldNotBeEmpty($"signing in as {email} set no sign-in cookie");
        return string.Join("; ", auth);
    }

    private async Task<Dictionary<string, string>> SamplesAsync()
    {
        await using var db = await AppScope.Factory(App.Services).CreateDbContextAsync();
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Status == TicketStatus.Open).OrderBy(t => t.Number).Select(t => t.Number).FirstAsync();
        var created = await App.Services.GetRequiredService<SimulatorSessionService>()
            .CreateAsync(SimulatorAccount.ForToken("authorization-matrix"), new SimulatedSessionInput { GroupName = "BOSS" });
        var session = created.Value.ShouldNotBeNull(created.Error?.Description);
        var code = SimulatorSessionCodes.Undashed(session.Code);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Number"] = ticket.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Code"] = code,
            ["Link"] = $"{code}-{session.SupporterToken}",
            ["SupporterToken"] = session.SupporterToken,
            ["id"] = "g1",
        };
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
