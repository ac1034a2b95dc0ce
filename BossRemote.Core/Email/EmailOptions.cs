using System.ComponentModel.DataAnnotations;

namespace BossRemote.Core.Email;

/// <summary>Settings under <c>Email</c> (SPEC §5): the sender, the SMTP server, and how failed sends are retried.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public const string DefaultFrom = "helpdesk@bossremote.local";

    [Required]
    [EmailAddress]
    public string From { get; set; } = DefaultFrom;

    /// <summary>
    /// The app's address as requesters reach it, for links in e-mails (the rating link), e.g.
    /// <c>https://helpdesk.example.com</c>; empty means the server's own listening address.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>Without a host, mail goes to the outbox folder in the data folder.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Used when <see cref="RetryDelays"/> is not configured.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
    ];

    /// <summary>
    /// The waits before each retry of a failed send (<c>Email__RetryDelays__0</c>, …); after the last, the message is
    /// marked failed. Empty means <see cref="DefaultRetryDelays"/> (configuration binding appends to a non-empty default).
    /// </summary>
    public TimeSpan[] RetryDelays { get; set; } = [];

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Length > 0 ? RetryDelays : DefaultRetryDelays;

    public int MaxAttempts => EffectiveRetryDelays.Count + 1;
}
