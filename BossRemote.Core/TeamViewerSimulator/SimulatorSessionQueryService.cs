using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary><c>GET /sessions</c> (doc §2.3): one account's sessions, filtered, newest first, 1000 per page.</summary>
public sealed class SimulatorSessionQueryService(
    IDbContextFactory<SimulatorDbContext> dbFactory, IOptions<TeamViewerSimulatorOptions> options, TimeProvider clock)
{
    public const int PageSize = 1000;

    public async Task<SimulatorResult<SimulatedSessionPage>> ListAsync(
        SimulatorAccount caller, SimulatedSessionQuery query, CancellationToken cancellationToken = default)
    {
        if (options.Value.ListDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.Value.ListDelay, clock, cancellationToken);
        }

        var states = ParseStates(query.State);
        if (states is null)
        {
            return SimulatorError.InvalidRequest("state must be open, closed or open,closed.");
        }

        var full = SimulatorInput.Given(query.FullList) is { } fullText ? SimulatorInput.ParseBool(fullText) : false;
        if (full is not { } fullList)
        {
            return SimulatorError.InvalidRequest("full_list must be true or false.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sessions = db.Sessions.AsNoTracking().Where(s => s.AccountId == caller.UserId);
        if (states.Count == 1)
        {
            var state = states.Single();
            sessions = sessions.Where(s => s.State == state);
        }

        if (SimulatorInput.Given(query.GroupId) is { } groupId)
        {
            sessions = sessions.Where(s => s.GroupId == groupId);
        }

        if (SimulatorInput.Given(query.AssignedUserId) is { } assigned)
        {
            sessions = sessions.Where(s => s.AssignedUserId == assigned);
        }

        if (SimulatorInput.Given(query.Offset) is { } offsetText)
        {
            var code = SimulatorSessionCodes.Normalize(offsetText);
            var offset = await sessions.Where(s => s.Code == code).Select(s => new { s.CreatedAt, s.Code }).SingleOrDefaultAsync(cancellationToken);
            if (offset is null)
            {
                return SimulatorError.InvalidRequest($"offset {offsetText} is not a session of this list.");
            }

            // The offset is the first session of the page it starts (keyset on created_at desc, code desc).
            sessions = sessions.Where(s => s.CreatedAt < offset.CreatedAt
                || (s.CreatedAt == offset.CreatedAt && string.Compare(s.Code, offset.Code) <= 0));
        }

        var total = await sessions.CountAsync(cancellationToken);
        var page = await sessions.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Code)
            .Take(PageSize + 1).ToListAsync(cancellationToken);
        if (page.Count <= PageSize)
        {
            return new SimulatedSessionPage(page, null, null, fullList);
        }

        return new SimulatedSessionPage(page[..PageSize], page[PageSize].Code, total - PageSize, fullList);
    }

    private static HashSet<SimulatedSessionState>? ParseStates(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return [SimulatedSessionState.Open];
        }

        var states = new HashSet<SimulatedSessionState>();
        foreach (var part in parts)
        {
            if (SimulatorInput.ParseState(part) is not { } state)
            {
                return null;
            }

            states.Add(state);
        }

        return states;
    }
}
