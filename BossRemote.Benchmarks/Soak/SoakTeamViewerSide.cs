using System.Net.Http.Headers;
using System.Net.Http.Json;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// The people on TeamViewer's side: customers who join and leave a session (the simulator's own customer hook, which
/// flips <c>online</c> and writes connection reports), and someone who closes or deletes a session in TeamViewer's
/// console. Both reach TeamViewer directly, never through the fault proxy: only BossRemote's calls fail.
/// </summary>
internal sealed class SoakTeamViewerSide(TimeProvider clock, SoakJournal journal)
{
    private readonly HttpClient _console = new() { Timeout = TimeSpan.FromSeconds(30) };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Someone closes or deletes the case's session in TeamViewer's console; BossRemote's poll should notice.</summary>
    public async Task CloseInConsoleAsync(SoakApp app, SoakTicket ticket)
    {
        var delete = ticket.Plan == SoakPlan.DeleteInTeamViewer;
        using var request = new HttpRequestMessage(delete ? HttpMethod.Delete : HttpMethod.Put, $"{app.BaseUrl}{SimulatorRoutes.ApiBase}/sessions/{ticket.Code}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SoakAppSettings.Token);
        // The simulator answers only the installation's own clients (ADR-017); the console stands in for one.
        request.Headers.Add(SimulatorInstallationKey.HeaderName,
            await app.WithAsync<SimulatorInstallationKey, string>(async (key, ct) => await key.GetAsync(ct)));
        if (!delete)
        {
            request.Content = JsonContent.Create(new { state = "closed" });
        }

        using var response = await _console.SendAsync(request, app.Lifetime);
        journal.Count($"Sessions {(delete ? "deleted" : "closed")} in TeamViewer's console ({(int)response.StatusCode})");
        ticket.ActAt = DateTime.MaxValue; // the poll ends the case
    }

    public async Task CustomersAsync(SoakApp app, IReadOnlyList<SoakTicket> tickets)
    {
        foreach (var ticket in tickets.Where(t => t.Code is not null && (t.JoinAt <= Now || (t.JoinAt is null && t.LeaveAt <= Now))).ToList())
        {
            var code = ticket.Code!;
            var joining = ticket.JoinAt is not null;
            var changed = await app.WithAsync<SimulatorCustomerService, bool>((s, ct) => joining ? s.JoinAsync(code, ct) : s.LeaveAsync(code, ct));
            journal.Count(joining ? $"Customers joined ({changed})" : $"Customers left ({changed})");
            ticket.JoinAt = null;
            if (!joining)
            {
                ticket.LeaveAt = null;
            }
        }
    }
}
