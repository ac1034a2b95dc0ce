using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// The simulator's sessions (service cases), one account at a time: create, read, change, close and delete
/// (doc §2). Every change runs in one write transaction, so concurrent calls cannot interleave.
/// </summary>
public sealed class SimulatorSessionService(
    IDbContextFactory<SimulatorDbContext> dbFactory,
    IOptions<TeamViewerSimulatorOptions> options,
    TimeProvider clock)
{
    public static readonly TimeSpan DefaultValidity = TimeSpan.FromHours(24);

    /// <summary>
    /// <c>POST /sessions</c>. Stores the session, then waits <see cref="TeamViewerSimulatorOptions.CreateDelay"/>
    /// before returning, so a caller that gives up early leaves the session behind (as a slow TeamViewer would).
    /// </summary>
    public async Task<SimulatorResult<SimulatedSession>> CreateAsync(
        SimulatorAccount caller, SimulatedSessionInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (SimulatedSessionInputValidator.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var fields = SimulatedSessionCreateFields.Parse(input, now);
        if (fields.Value is not { } parsed)
        {
            return fields.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForWriteAsync(SimulatorDbContext.WriteLock, cancellationToken);
        var max = options.Value.MaxOpenSessions;
        if (max > 0 && await db.Sessions.CountAsync(
                s => s.AccountId == caller.UserId && s.State == SimulatedSessionState.Open && s.ValidUntil > now, cancellationToken) >= max)
        {
            return SimulatorError.LicenseLimit(max);
        }

        var group = await SimulatorGroupResolver.ResolveAsync(db, caller, input.GroupId, input.GroupName, required: true, now, cancellationToken);
        if (group.Error is { } groupError)
        {
            return groupError;
        }

        var assigned = SimulatorInput.Given(input.AssignedUserId) ?? caller.UserId;
        var session = new SimulatedSession
        {
            Code = await SimulatorUniqueIds.NewSessionCodeAsync(db, cancellationToken),
            AccountId = caller.UserId,
            GroupId = group.Value!.Id,
            State = SimulatedSessionState.Open,
            Description = Blank(input.Description),
            WaitingMessage = Blank(input.WaitingMessage),
            EndCustomerName = Blank(input.EndCustomerName),
            EndCustomerEmail = Blank(input.EndCustomerEmail),
            AssignedUserId = assigned,
            AssignedAt = assigned == SimulatedSession.Unassigned ? null : now,
            SupporterToken = SimulatorIds.NewSupporterToken(),
            CustomApi = Blank(input.CustomApi),
            CustomModuleId = Blank(input.CustomModuleId),
            SupportSessionType = parsed.SessionType,
            CreatedAt = now,
            ValidUntil = parsed.ValidUntil ?? now + DefaultValidity,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (options.Value.CreateDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.Value.CreateDelay, clock, cancellationToken);
        }

        return session;
    }

    /// <summary><c>GET /sessions/{code}</c>, with or without dashes; another account's code is not found.</summary>
    public async Task<SimulatorResult<SimulatedSession>> GetAsync(SimulatorAccount caller, string code, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db.Sessions.AsNoTracking(), caller, code, cancellationToken);
    }

    /// <summary><c>PUT /sessions/{code}</c>: only the given fields change; closing ends a customer's connection.</summary>
    public async Task<SimulatorResult<SimulatedSession>> UpdateAsync(
        SimulatorAccount caller, string code, SimulatedSessionInput changes, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForWriteAsync(SimulatorDbContext.WriteLock, cancellationToken);
        var found = await FindAsync(db.Sessions, caller, code, cancellationToken);
        if (found.Value is not { } session)
        {
            return found;
        }

        var error = SimulatedSessionInputValidator.Validate(changes)
            ?? await SimulatedSessionChanges.ApplyAsync(db, caller, session, changes, now, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session;
    }

    /// <summary><c>DELETE /sessions/{code}</c>.</summary>
    public async Task<SimulatorResult<SimulatedSession>> DeleteAsync(SimulatorAccount caller, string code, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindAsync(db.Sessions, caller, code, cancellationToken);
        if (found.Value is { } session)
        {
            db.Sessions.Remove(session);
            await db.SaveChangesAsync(cancellationToken);
        }

        return found;
    }

    private static async Task<SimulatorResult<SimulatedSession>> FindAsync(
        IQueryable<SimulatedSession> sessions, SimulatorAccount caller, string code, CancellationToken cancellationToken)
    {
        var normalized = SimulatorSessionCodes.Normalize(code);
        var session = normalized is null ? null : await sessions.SingleOrDefaultAsync(
            s => s.Code == normalized && s.AccountId == caller.UserId, cancellationToken);
        return session is null ? SimulatorError.NotFound($"The session {code} does not exist.") : session;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
