using System.ComponentModel.DataAnnotations;

namespace BossRemote.Core.Identity;

/// <summary>
/// Settings under <c>Identity</c> (environment form <c>Identity__IdleTimeout</c>, …): how long a sign-in lasts and
/// whether admins must use two-factor sign-in. The defaults are OWASP ASVS 4.0 level 2 (3.3.2: 30 minutes idle,
/// 12 hours at most).
/// </summary>
public sealed class SignInSecurityOptions
{
    public const string SectionName = "Identity";

    /// <summary>A sign-in with no activity for this long ends (HTTP requests and input on an open page count).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Identity:IdleTimeout must be between 10 seconds and 1 day.")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A sign-in ends this long after it began, however active it was.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Identity:AbsoluteLifetime must be between 1 minute and 30 days.")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>When true, an admin without two-factor sign-in can open nothing but the page that turns it on.</summary>
    public bool RequireTwoFactorForAdmins { get; set; }
}
