using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Identity;

/// <summary>
/// The server side of every sign-in (<see cref="UserSession"/>), in the database so all instances share it. The sign-in
/// cookie and every open page are checked against it: signing out deletes the session, and a session idle for
/// <see cref="SignInSecurityOptions.IdleTimeout"/> or older than <see cref="SignInSecurityOptions.AbsoluteLifetime"/>
/// is over, wherever its cookie has been copied to.
/// </summary>
public sealed class UserSessionStore(
    IDbContextFactory<BossRemoteDbContext> dbFactory, IOptions<SignInSecurityOptions> options, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Starts a session for a sign-in and returns its id; sessions that are over are swept away first.</summary>
    public async Task<string> StartAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.UserSessions.Where(UserSession.Over(now, options.Value)).ExecuteDeleteAsync(cancellationToken);
        var session = UserSession.Start(userId, now);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>
    /// Whether the session still signs its person in; one that is over is deleted. <paramref name="isActivity"/> says
    /// the person did something (a request), which keeps the session from going idle.
    /// </summary>
    public async Task<bool> CheckAsync(string? sessionId, bool isActivity, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(sessionId))
        {
            return false;
        }

        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return false;
        }

        if (session.IsOver(now, options.Value))
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
            return false;
        }

        if (isActivity)
        {
            await NoteActivityAsync(db, sessionId, now, cancellationToken);
        }

        return true;
    }

    /// <summary>The person did something on an open page; written at most once a minute, never reviving a session that is over.</summary>
    public async Task NoteActivityAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await NoteActivityAsync(db, sessionId, Now, cancellationToken);
    }

    /// <summary>Signs the session out: its cookie, wherever it is, signs nobody in any more.</summary>
    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
    }

    private Task<int> NoteActivityAsync(BossRemoteDbContext db, string sessionId, DateTime now, CancellationToken cancellationToken) =>
        db.UserSessions
            .Where(s => s.Id == sessionId)
            .Where(UserSession.ActivityDue(now, options.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastActivityAt, now), cancellationToken);
}
