using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Core.TeamViewer;

/// <summary>
/// The TeamViewer Web API v1 (<c>teamviewer-api.md</c>): ping, service cases (sessions), groups and connection
/// reports. Every call except <see cref="PingAsync"/> sends the token from <see cref="ITeamViewerTokenProvider"/>.
/// Every failure is a <see cref="TeamViewerException"/>; cancellation surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public interface ITeamViewerClient
{
    /// <summary>
    /// <c>GET /ping</c>: whether TeamViewer accepts <paramref name="token"/>. Use it to validate a token before saving
    /// it. A <see langword="null"/> token is sent without an <c>Authorization</c> header (the answer is then false).
    /// </summary>
    /// <returns><c>token_valid</c>; a 401 also counts as false.</returns>
    Task<bool> PingAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /sessions</c>: creates a service case (200 or 201). Never retry this blindly after a
    /// <see cref="TeamViewerErrorKind.Timeout"/> or <see cref="TeamViewerErrorKind.ServiceUnavailable"/>: the case
    /// may exist; call <see cref="FindSessionByCustomApiAsync"/> first. After <see cref="TeamViewerErrorKind.Unreachable"/>
    /// nothing was sent, so nothing was created.
    /// </summary>
    Task<TeamViewerSession> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /sessions/{code}</c>: one service case with every field.</summary>
    Task<TeamViewerSession> GetSessionAsync(string code, CancellationToken cancellationToken = default);

    /// <summary><c>GET /sessions</c>: one page (≤ 1000, newest first). Continue with <see cref="SessionPage.NextOffset"/>.</summary>
    Task<SessionPage> ListSessionsAsync(SessionListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /sessions</c> with <paramref name="token"/> instead of the stored one: the harmless read that tells,
    /// before a token is saved, whether it has the <i>Session management</i> permission (a 403 <c>invalid_permission</c>
    /// when it has not).
    /// </summary>
    Task<SessionPage> ListSessionsWithTokenAsync(string token, SessionListFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every session matching <paramref name="filter"/>, fetching page after page as it is enumerated.</summary>
    IAsyncEnumerable<TeamViewerSession> ListAllSessionsAsync(SessionListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /sessions/{code}</c> (204): changes only the properties set in <paramref name="changes"/>.</summary>
    Task UpdateSessionAsync(string code, UpdateSessionRequest changes, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /sessions/{code}</c> with <c>{"state":"closed"}</c>.</summary>
    Task CloseSessionAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reconciles a create that failed without an answer: walks the open sessions (full list) and returns the one
    /// whose <c>custom_api</c> equals <paramref name="customApi"/>, or <see langword="null"/>.
    /// </summary>
    Task<TeamViewerSession?> FindSessionByCustomApiAsync(string customApi, CancellationToken cancellationToken = default);

    /// <summary><c>GET /groups</c>, optionally only those whose name contains <paramref name="name"/>.</summary>
    Task<IReadOnlyList<TeamViewerGroup>> ListGroupsAsync(string? name = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /groups/{id}</c>.</summary>
    Task<TeamViewerGroup> GetGroupAsync(string groupId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /groups</c>.</summary>
    Task<TeamViewerGroup> CreateGroupAsync(string name, string? policyId = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /reports/connections</c>: one page (≤ 1000, newest end date first). Continue with <see cref="ConnectionReportPage.NextOffset"/> as <c>offset_id</c>.</summary>
    Task<ConnectionReportPage> ListConnectionReportsAsync(ConnectionReportFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /reports/connections</c> with <paramref name="token"/> instead of the stored one: the harmless read that
    /// tells, before a token is saved, whether it has the <i>Connection reports</i> permission.
    /// </summary>
    Task<ConnectionReportPage> ListConnectionReportsWithTokenAsync(
        string token, ConnectionReportFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every connection report matching <paramref name="filter"/>, fetching page after page as it is enumerated.</summary>
    IAsyncEnumerable<ConnectionReport> ListAllConnectionReportsAsync(ConnectionReportFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT /reports/connections/{id}</c> (204): changes the report's <c>notes</c> and/or <c>billing_state</c>
    /// (scope <c>Connections.Modify</c>). Sending the same values twice is harmless.
    /// </summary>
    Task UpdateConnectionReportAsync(string reportId, UpdateConnectionReportRequest changes, CancellationToken cancellationToken = default);
}
