using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace BossRemote.Web.Identity;

/// <summary>
/// The partitions of the sign-in rate limiter (OWASP ASVS 2.2.1), so that guessing is slow and nobody can lock an
/// account out from one address: per account and address a tight limit, per address a looser one, per account a
/// generous one (the only one many addresses together can exhaust). The account limits count the attempts since that
/// account last got its password right, so people who sign in often are never slowed down: a right password starts
/// those two partitions afresh. The address limit counts every attempt.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>Attempts per account from one address in <see cref="AccountAndAddressWindow"/>.</summary>
    public const int AccountAndAddressLimit = 5;

    /// <summary>Attempts from one address, whatever the account, in <see cref="AddressWindow"/> (an office shares one).</summary>
    public const int AddressLimit = 100;

    /// <summary>Attempts per account from all addresses in <see cref="AccountWindow"/>: ASVS's 100 an hour.</summary>
    public const int AccountLimit = 100;

    public static readonly TimeSpan AccountAndAddressWindow = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan AccountWindow = TimeSpan.FromHours(1);

    /// <summary>Each window slides in this many steps: an attempt counts for the whole window, then drops out.</summary>
    private const int SegmentsPerWindow = 5;

    /// <summary>The soonest a refused client may be let in again: one step of the shortest window.</summary>
    public static TimeSpan EarliestRetry { get; } = AccountAndAddressWindow / SegmentsPerWindow;

    /// <summary>How many times each partition was started afresh by a right password; only accounts that signed in have one.</summary>
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    /// <summary>The three limits as one limiter; requests that are not sign-in attempts pass untouched.</summary>
    public PartitionedRateLimiter<HttpContext> CreateLimiter() => PartitionedRateLimiter.CreateChained(
        Partitioned(a => Fresh($"{a.Account}\n{a.Address}"), AccountAndAddressLimit, AccountAndAddressWindow),
        Partitioned(a => a.Address, AddressLimit, AddressWindow),
        Partitioned(a => Fresh(a.Account), AccountLimit, AccountWindow));

    /// <summary>The password was right: the account's partitions start afresh.</summary>
    public void PasswordAccepted(SignInAttempt attempt)
    {
        _generations.AddOrUpdate($"{attempt.Account}\n{attempt.Address}", 1, (_, generation) => generation + 1);
        _generations.AddOrUpdate(attempt.Account, 1, (_, generation) => generation + 1);
    }

    private string Fresh(string key) => $"{key}\n{_generations.GetValueOrDefault(key)}";

    private static PartitionedRateLimiter<HttpContext> Partitioned(Func<SignInAttempt, string> key, int limit, TimeSpan window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            SignInAttempt.From(context) is { } attempt
                ? RateLimitPartition.GetSlidingWindowLimiter(key(attempt), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = window,
                    SegmentsPerWindow = SegmentsPerWindow,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(""));
}
