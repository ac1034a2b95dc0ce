using System.Runtime.CompilerServices;
using BossRemote.Core.TeamViewer.Models;
using Flurl.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewer;

/// <inheritdoc cref="ITeamViewerClient"/>
internal sealed class TeamViewerClient : ITeamViewerClient, IDisposable
{
    private readonly TeamViewerHttp _http;

    public TeamViewerClient(
        ITeamViewerEndpointResolver endpoints,
        ITeamViewerTokenProvider tokens,
        IOptionsMonitor<TeamViewerOptions> options,
        ILogger<TeamViewerClient> logger)
    {
        _http = new TeamViewerHttp(endpoints, tokens, options, logger);
    }

    /// <inheritdoc/>
    public Task<bool> PingAsync(string? token, CancellationToken cancellationToken = default) =>
        _http.SendAsync("ping", async () =>
        {
            // The API answers 200 {"token_valid":false} for a bad token; a 401 is treated the same in case it does not.
            var request = await _http.RequestAsync(token, cancellationToken, "ping");
            var response = await request.AllowHttpStatus(401).GetAsync(cancellationToken: cancellationToken);
            return response.StatusCode != 401 && (await response.GetRequiredJsonAsync<PingResponse>()).TokenValid;
        }, cancellationToken);

    /// <inheritdoc/>
    public Task<TeamViewerSession> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _http.SendAsync("create session", async () =>
            await (await _http.AuthorizedRequestAsync(cancellationToken, "sessions"))
                .PostJsonAsync(request, cancellationToken: cancellationToken)
                .ReceiveRequiredJsonAsync<TeamViewerSession>(), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<TeamViewerSession> GetSessionAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return _http.SendAsync("get session", async () =>
            await (await _http.AuthorizedRequestAsync(cancellationToken, "sessions", code.Trim()))
                .GetAsync(cancellationToken: cancellationToken).ReceiveRequiredJsonAsync<TeamViewerSession>(), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<SessionPage> ListSessionsAsync(SessionListFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListSessionsAsync(() => _http.AuthorizedRequestAsync(cancellationToken, "sessions"), filter ?? new SessionListFilter(), cancellationToken);

    /// <inheritdoc/>
    public Task<SessionPage> ListSessionsWithTokenAsync(string token, SessionListFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(filter);
        return ListSessionsAsync(() => _http.RequestAsync(token, cancellationToken, "sessions"), filter, cancellationToken);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<TeamViewerSession> ListAllSessionsAsync(
        SessionListFilter? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var next = filter ?? new SessionListFilter();
        var seenOffsets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var page = await ListSessionsAsync(next, cancellationToken);
            foreach (var session in page.Sessions)
            {
                yield return session;
            }

            // Unlike records_remaining, sessions_remaining is omitted exactly when nothing remains (doc §2.3).
            if (page.SessionsRemaining is not > 0 || !HasMore(page.Sessions.Count, page.NextOffset, seenOffsets))
            {
                yield break;
            }

            next = next with { Offset = page.NextOffset };
        }
    }

    /// <inheritdoc/>
    public Task UpdateSessionAsync(string code, UpdateSessionRequest changes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(changes);
        return _http.SendAsync("update session", async () =>
            await (await _http.AuthorizedRequestAsync(cancellationToken, "sessions", code.Trim()))
                .PutJsonAsync(changes, cancellationToken: cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task CloseSessionAsync(string code, CancellationToken cancellationToken = default) =>
        UpdateSessionAsync(code, new UpdateSessionRequest { State = TeamViewerSessionState.Closed }, cancellationToken);

    /// <inheritdoc/>
    public async Task<TeamViewerSession?> FindSessionByCustomApiAsync(string customApi, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customApi);
        var filter = new SessionListFilter { States = [TeamViewerSessionState.Open], FullList = true };
        await foreach (var session in ListAllSessionsAsync(filter, cancellationToken))
        {
            if (string.Equals(session.CustomApi, customApi, StringComparison.Ordinal))
            {
                return session;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<TeamViewerGroup>> ListGroupsAsync(string? name = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync<IReadOnlyList<TeamViewerGroup>>("list groups", async () =>
        {
            var request = await _http.AuthorizedRequestAsync(cancellationToken, "groups");
            var response = await request
                .SetQueryParam("name", string.IsNullOrWhiteSpace(name) ? null : name)
                .GetAsync(cancellationToken: cancellationToken).ReceiveRequiredJsonAsync<GroupListResponse>();
            return response.Groups ?? [];
        }, cancellationToken);

    /// <inheritdoc/>
    public Task<TeamViewerGroup> GetGroupAsync(string groupId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        return _http.SendAsync("get group", async () =>
            await (await _http.AuthorizedRequestAsync(cancellationToken, "groups", groupId.Trim()))
                .GetAsync(cancellationToken: cancellationToken).ReceiveRequiredJsonAsync<TeamViewerGroup>(), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<TeamViewerGroup> CreateGroupAsync(string name, string? policyId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _http.SendAsync("create group", async () =>
            await (await _http.AuthorizedRequestAsync(cancellationToken, "groups"))
                .PostJsonAsync(new CreateGroupRequest(name, policyId), cancellationToken: cancellationToken)
                .ReceiveRequiredJsonAsync<TeamViewerGroup>(), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<ConnectionReportPage> ListConnectionReportsAsync(ConnectionReportFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListConnectionReportsAsync(() => _http.AuthorizedRequestAsync(cancellationToken, "reports", "connections"),
            filter ?? new ConnectionReportFilter(), cancellationToken);

    /// <inheritdoc/>
    public Task<ConnectionReportPage> ListConnectionReportsWithTokenAsync(
        string token, ConnectionReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(filter);
        return ListConnectionReportsAsync(() => _http.RequestAsync(token, cancellationToken, "reports", "connections"), filter, cancellationToken);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<ConnectionReport> ListAllConnectionReportsAsync(
        ConnectionReportFilter? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var next = filter ?? new ConnectionReportFilter();
        var seenOffsets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var page = await ListConnectionReportsAsync(next, cancellationToken);
            foreach (var record in page.Records)
            {
                yield return record;
            }

            if (page.RecordsRemaining is 0 || !HasMore(page.Records.Count, page.NextOffset, seenOffsets))
            {
                yield break;
            }

            next = next with { OffsetId = page.NextOffset };
        }
    }

    /// <inheritdoc/>
    public Task UpdateConnectionReportAsync(string reportId, UpdateConnectionReportRequest changes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportId);
        ArgumentNullException.ThrowIfNull(changes);
        return _http.SendAsync("update connection report", async () =>
            await (await _http.AuthorizedRequestAsync(cancellationToken, "reports", "connections", reportId.Trim()))
                .PutJsonAsync(changes, cancellationToken: cancellationToken), cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private Task<SessionPage> ListSessionsAsync(Func<Task<IFlurlRequest>> request, SessionListFilter filter, CancellationToken cancellationToken) =>
        _http.SendAsync("list sessions", async () =>
            await (await request()).WithSessionFilter(filter)
                .GetAsync(cancellationToken: cancellationToken).ReceiveRequiredJsonAsync<SessionPage>(), cancellationToken);

    private Task<ConnectionReportPage> ListConnectionReportsAsync(
        Func<Task<IFlurlRequest>> request, ConnectionReportFilter filter, CancellationToken cancellationToken) =>
        _http.SendAsync("list connection reports", async () =>
            await (await request()).WithReportFilter(filter)
                .GetAsync(cancellationToken: cancellationToken).ReceiveRequiredJsonAsync<ConnectionReportPage>(), cancellationToken);

    /// <summary>
    /// Another page is worth asking for only when this one had rows and named a next offset not seen before (a
    /// server that repeats itself must not make the walk endless).
    /// </summary>
    private static bool HasMore(int count, string? nextOffset, HashSet<string> seenOffsets) =>
        count > 0 && !string.IsNullOrWhiteSpace(nextOffset) && seenOffsets.Add(nextOffset);
}
