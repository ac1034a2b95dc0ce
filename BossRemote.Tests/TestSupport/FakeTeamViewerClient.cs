using System.Runtime.CompilerServices;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// A scripted TeamViewer for logic tests of service cases, where a test is about a fault (timeouts, refusals) that the
/// real simulator over HTTP cannot be told to produce on one call. It keeps sessions like TeamViewer does and records
/// every create, so "exactly one session" can be asserted.
/// </summary>
public sealed class FakeTeamViewerClient(TimeProvider clock) : ITeamViewerClient
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, TeamViewerSession> _sessions = new(StringComparer.OrdinalIgnoreCase);
    private int _nextCode = 123_456_700;

    public List<CreateSessionRequest> Creates { get; } = [];

    public List<string> Closes { get; } = [];

    public List<ConnectionReport> Reports { get; } = [];

    /// <summary>Thrown by the next create after it stored the session (a timeout whose request did go through).</summary>
    public TeamViewerException? FailCreateAfterStoring { get; set; }

    /// <summary>Thrown by the next create instead of creating anything.</summary>
    public TeamViewerException? FailCreate { get; set; }

    /// <summary>Thrown by every lookup by <c>custom_api</c> while set.</summary>
    public TeamViewerException? FailFind { get; set; }

    /// <summary>Thrown by every close while set (for example a revoked token).</summary>
    public TeamViewerException? FailClose { get; set; }

    /// <summary>Thrown by every list while set.</summary>
    public TeamViewerException? FailList { get; set; }

    /// <summary>Thrown by every session read with a token not yet saved (setup's check) while set.</summary>
    public TeamViewerException? FailSessionsCheck { get; set; }

    /// <summary>Thrown by every connection-report read with a token not yet saved (setup's check) while set.</summary>
    public TeamViewerException? FailReportsCheck { get; set; }

    /// <summary>The tokens the setup's checks read with, in order.</summary>
    public List<string> CheckedTokens { get; } = [];

    /// <summary>What ping answers.</summary>
    public bool TokenValid { get; set; } = true;

    /// <summary>Makes the next create wait here until the test releases it.</summary>
    public TaskCompletionSource? HoldCreate { get; set; }

    /// <summary>Completes when a create has reached <see cref="HoldCreate"/> and waits there.</summary>
    public TaskCompletionSource CreateHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int ListCalls { get; private set; }

    public IReadOnlyCollection<TeamViewerSession> Sessions
    {
        get
        {
            lock (_lock)
            {
                return [.. _sessions.Values];
            }
        }
    }

    public void SetOnline(string code, bool online) => Update(code, s => s with { Online = online });

    public void CloseInTeamViewer(string code) => Update(code, s => s with { State = TeamViewerSessionState.Closed, ClosedAt = Now });

    /// <summary>The session is gone (deleted in the console, or another account's): every call about it is a 404.</summary>
    public void DeleteInTeamViewer(string code)
    {
        lock (_lock)
        {
            _sessions.Remove(code);
        }
    }

    public Task<bool> PingAsync(string? token, CancellationToken cancellationToken = default) => Task.FromResult(TokenValid && token is not null);

    public async Task<TeamViewerSession> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        if (HoldCreate is { } hold)
        {
            HoldCreate = null;
            CreateHeld.TrySetResult();
            await hold.Task;
        }

        if (Take(() => FailCreate, () => FailCreate = null) is { } refused)
        {
            throw refused;
        }

        TeamViewerSession session;
        lock (_lock)
        {
            Creates.Add(request);
            var digits = (_nextCode++).ToString("000000000");
            var code = $"s{digits[..3]}-{digits[3..6]}-{digits[6..]}";
            session = new TeamViewerSession
            {
                Code = code, State = TeamViewerSessionState.Open, GroupId = "g1001", Description = request.Description,
                EndCustomer = request.EndCustomer, CustomApi = request.CustomApi, CreatedAt = Now, ValidUntil = Now.AddHours(24),
                EndCustomerLink = $"https://get.teamviewer.com/v15/s{digits}", SupporterLink = $"https://get.teamviewer.com/v15/s{digits}-AbCdEfGhIjKl",
                WebclientSupporterLink = $"https://login.teamviewer.com/Connect/IndexByol?sessioncode=s{digits}", AssignedUserId = "u42",
            };
            _sessions[code] = session;
        }

        if (Take(() => FailCreateAfterStoring, () => FailCreateAfterStoring = null) is { } lost)
        {
            throw lost;
        }

        return session;
    }

    public Task<TeamViewerSession> GetSessionAsync(string code, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return _sessions.TryGetValue(code, out var session)
                ? Task.FromResult(session)
                : throw new TeamViewerException(TeamViewerErrorKind.NotFound, "not found", 404, "not_found");
        }
    }

    public Task<SessionPage> ListSessionsAsync(SessionListFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ListCalls++;
        if (FailList is { } failure)
        {
            throw failure;
        }

        lock (_lock)
        {
            var states = filter?.States is { Count: > 0 } wanted ? wanted : [TeamViewerSessionState.Open];
            return Task.FromResult(new SessionPage { Sessions = [.. _sessions.Values.Where(s => states.Contains(s.State))] });
        }
    }

    public Task<SessionPage> ListSessionsWithTokenAsync(string token, SessionListFilter filter, CancellationToken cancellationToken = default)
    {
        CheckedTokens.Add(token);
        return FailSessionsCheck is { } failure ? throw failure : Task.FromResult(new SessionPage { Sessions = [] });
    }

    public Task<ConnectionReportPage> ListConnectionReportsWithTokenAsync(
        string token, ConnectionReportFilter filter, CancellationToken cancellationToken = default)
    {
        CheckedTokens.Add(token);
        return FailReportsCheck is { } failure ? throw failure : Task.FromResult(new ConnectionReportPage { Records = [] });
    }

    public async IAsyncEnumerable<TeamViewerSession> ListAllSessionsAsync(
        SessionListFilter? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var session in (await ListSessionsAsync(filter, cancellationToken)).Sessions)
        {
            yield return session;
        }
    }

    public Task UpdateSessionAsync(string code, UpdateSessionRequest changes, CancellationToken cancellationToken = default)
    {
        if (changes.State == TeamViewerSessionState.Closed)
        {
            if (FailClose is { } failure)
            {
                throw failure;
            }

            lock (_lock)
            {
                Closes.Add(code);
            }
        }

        Update(code, s => s with
        {
            State = changes.State ?? s.State,
            ClosedAt = changes.State == TeamViewerSessionState.Closed ? Now : s.ClosedAt,
            CustomModuleId = changes.CustomModuleId ?? s.CustomModuleId,
        });
        return Task.CompletedTask;
    }

    public Task CloseSessionAsync(string code, CancellationToken cancellationToken = default) =>
        UpdateSessionAsync(code, new UpdateSessionRequest { State = TeamViewerSessionState.Closed }, cancellationToken);

    public Task<TeamViewerSession?> FindSessionByCustomApiAsync(string customApi, CancellationToken cancellationToken = default)
    {
        if (FailFind is { } failure)
        {
            throw failure;
        }

        lock (_lock)
        {
            return Task.FromResult(_sessions.Values.FirstOrDefault(s => s.CustomApi == customApi && s.State == TeamViewerSessionState.Open));
        }
    }

    public Task<IReadOnlyList<TeamViewerGroup>> ListGroupsAsync(string? name = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TeamViewerGroup>>([]);

    public Task<TeamViewerGroup> GetGroupAsync(string groupId, CancellationToken cancellationToken = default) =>
        throw new TeamViewerException(TeamViewerErrorKind.NotFound, "not found", 404);

    public Task<TeamViewerGroup> CreateGroupAsync(string name, string? policyId = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <summary>Runs once, the next time connection reports are read (something else happening meanwhile).</summary>
    public Func<Task>? WhileReadingReports { get; set; }

    public async Task<ConnectionReportPage> ListConnectionReportsAsync(ConnectionReportFilter? filter = null, CancellationToken cancellationToken = default)
    {
        if (Take(() => WhileReadingReports, () => WhileReadingReports = null) is { } meanwhile)
        {
            await meanwhile();
        }

        return new ConnectionReportPage { Records = [.. Reports.Where(r => filter?.SessionCode is null || r.SessionCode == filter.SessionCode)] };
    }

    public async IAsyncEnumerable<ConnectionReport> ListAllConnectionReportsAsync(
        ConnectionReportFilter? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var record in (await ListConnectionReportsAsync(filter, cancellationToken)).Records)
        {
            yield return record;
        }
    }

    /// <summary>Thrown by every connection-report change while set.</summary>
    public TeamViewerException? FailReportUpdate { get; set; }

    /// <summary>Every connection-report change, in order: the report's id and what was sent.</summary>
    public List<(string Id, UpdateConnectionReportRequest Changes)> ReportUpdates { get; } = [];

    public Task UpdateConnectionReportAsync(string reportId, UpdateConnectionReportRequest changes, CancellationToken cancellationToken = default)
    {
        if (FailReportUpdate is { } failure)
        {
            throw failure;
        }

        lock (_lock)
        {
            ReportUpdates.Add((reportId, changes));
            var index = Reports.FindIndex(r => r.Id == reportId);
            if (index < 0)
            {
                throw new TeamViewerException(TeamViewerErrorKind.NotFound, "not found", 404, "not_found");
            }

            Reports[index] = Reports[index] with { Notes = changes.Notes ?? Reports[index].Notes };
        }

        return Task.CompletedTask;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Update(string code, Func<TeamViewerSession, TeamViewerSession> change)
    {
        lock (_lock)
        {
            if (_sessions.TryGetValue(code, out var session))
            {
                _sessions[code] = change(session);
            }
        }
    }

    private T? Take<T>(Func<T?> get, Action clear)
        where T : class
    {
        lock (_lock)
        {
            var value = get();
            clear();
            return value;
        }
    }
}
