using System.Linq.Expressions;
using System.Security.Cryptography;

namespace BossRemote.Core.Identity;

/// <summary>
/// One sign-in, kept in the database so that every instance sees it and signing out ends it at once: the sign-in
/// cookie names it (<see cref="ClaimType"/>), and a cookie whose session is gone, idle or too old signs nobody in,
/// however valid its encryption and expiry. Times are UTC.
/// </summary>
public sealed class UserSession
{
    public const int IdMaxLength = 64;

    /// <summary>The claim that carries <see cref="Id"/> in the sign-in cookie and in the principal an open page sees.</summary>
    public const string ClaimType = "bossremote:session";

    /// <summary>Activity is written at most this often, so a busy person does not cause a write per click.</summary>
    private static readonly TimeSpan MaxActivityGranularity = TimeSpan.FromMinutes(1);

    private UserSession()
    {
    }

    /// <summary>Random, 256 bits, new for every sign-in (a sign-in never continues an earlier session).</summary>
    public string Id { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime LastActivityAt { get; private set; }

    public static UserSession Start(string userId, DateTime now) => new()
    {
        Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        UserId = userId,
        CreatedAt = now,
        LastActivityAt = now,
    };

    /// <summary>Idle for the idle timeout or longer, or as old as the absolute lifetime.</summary>
    public bool IsOver(DateTime now, SignInSecurityOptions options) =>
        LastActivityAt <= now - options.IdleTimeout || CreatedAt <= now - options.AbsoluteLifetime;

    /// <summary>The rule of <see cref="IsOver"/>, for queries.</summary>
    public static Expression<Func<UserSession, bool>> Over(DateTime now, SignInSecurityOptions options)
    {
        var idleSince = now - options.IdleTimeout;
        var startedBefore = now - options.AbsoluteLifetime;
        return s => s.LastActivityAt <= idleSince || s.CreatedAt <= startedBefore;
    }

    /// <summary>
    /// Live sessions whose last written activity is old enough to write again: at most a minute old, and a tenth of the
    /// idle timeout, so a session never ends more than that much before its last activity plus the timeout.
    /// </summary>
    public static Expression<Func<UserSession, bool>> ActivityDue(DateTime now, SignInSecurityOptions options)
    {
        var granularity = options.IdleTimeout / 10 < MaxActivityGranularity ? options.IdleTimeout / 10 : MaxActivityGranularity;
        var idleSince = now - options.IdleTimeout;
        var startedBefore = now - options.AbsoluteLifetime;
        var writtenBefore = now - granularity;
        return s => s.LastActivityAt <= writtenBefore && s.LastActivityAt > idleSince && s.CreatedAt > startedBefore;
    }
}
