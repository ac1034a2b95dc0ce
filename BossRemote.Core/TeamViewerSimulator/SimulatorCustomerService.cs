using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// The demo hook behind the simulator's pages (doc §8 item 8): a person plays the customer who joins and leaves a
/// session, which flips <c>online</c> and writes the connection report that nothing real would push.
/// </summary>
public sealed class SimulatorCustomerService(IDbContextFactory<SimulatorDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The session behind a customer link (code with or without dashes), or <see langword="null"/>.</summary>
    public Task<SimulatedSessionView?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        LoadViewAsync(code, _ => true, cancellationToken);

    /// <summary>The session behind a supporter link's last segment (<c>s123456789-AbCdEf123456</c>); a wrong token finds nothing.</summary>
    public Task<SimulatedSessionView?> FindForSupporterAsync(string codeAndToken, CancellationToken cancellationToken = default)
    {
        var dash = codeAndToken.LastIndexOf('-');
        if (dash < 0)
        {
            return Task.FromResult<SimulatedSessionView?>(null);
        }

        var token = codeAndToken[(dash + 1)..];
        return LoadViewAsync(codeAndToken[..dash], s => string.Equals(s.SupporterToken, token, StringComparison.Ordinal), cancellationToken);
    }

    /// <summary>The customer connects: <c>online</c> turns true. False when the session is unknown, closed or expired.</summary>
    public Task<bool> JoinAsync(string code, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, (_, session, now) =>
        {
            if (session.HasEndedAt(now))
            {
                return Task.FromResult(false);
            }

            session.Online = true;
            session.JoinedAt ??= now;
            session.CustomerDeviceId ??= SimulatorIds.NewDeviceId();
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>The customer disconnects: <c>online</c> turns false and a connection report is written.</summary>
    public Task<bool> LeaveAsync(string code, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, async (db, session, now) =>
        {
            var wasOnline = session.Online;
            await SimulatorConnections.EndAsync(db, session, now, cancellationToken);
            return wasOnline;
        }, cancellationToken);

    /// <summary>The connection reports of a session (code with or without dashes), newest end first, for the supporter page.</summary>
    public async Task<IReadOnlyList<SimulatedConnectionReport>> ListReportsAsync(string code, CancellationToken cancellationToken = default)
    {
        var normalized = SimulatorSessionCodes.Normalize(code);
        if (normalized is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ConnectionReports.AsNoTracking().Where(r => r.SessionCode == normalized)
            .OrderByDescending(r => r.EndDate).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<bool> ChangeAsync(string code, Func<SimulatorDbContext, SimulatedSession, DateTime, Task<bool>> change, CancellationToken cancellationToken)
    {
        var normalized = SimulatorSessionCodes.Normalize(code);
        if (normalized is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForWriteAsync(SimulatorDbContext.WriteLock, cancellationToken);
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Code == normalized, cancellationToken);
        if (session is null || !await change(db, session, Now))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<SimulatedSessionView?> LoadViewAsync(string code, Func<SimulatedSession, bool> accept, CancellationToken cancellationToken)
    {
        var normalized = SimulatorSessionCodes.Normalize(code);
        if (normalized is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var s = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(x => x.Code == normalized, cancellationToken);
        if (s is null || !accept(s))
        {
            return null;
        }

        var groupName = await db.Groups.Where(g => g.Id == s.GroupId).Select(g => g.Name).SingleOrDefaultAsync(cancellationToken);
        return new SimulatedSessionView(s.Code, s.Description, s.WaitingMessage, s.EndCustomerName, groupName, s.AssignedUserId,
            s.Online, s.JoinedAt, s.State, s.CreatedAt, s.ValidUntil, s.ClosedAt, s.HasEndedAt(Now));
    }
}
