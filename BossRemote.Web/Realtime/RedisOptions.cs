namespace BossRemote.Web.Realtime;

/// <summary>Settings under <c>Redis</c> (environment form <c>Redis__Configuration</c>), SPEC §5.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>
    /// StackExchange.Redis configuration (e.g. <c>127.0.0.1:6379</c>) of the server that relays live updates between
    /// instances; empty for one instance.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>The pub/sub channel; instances of one installation share it, another installation on the same Redis uses its own.</summary>
    public string Channel { get; set; } = "bossremote:live-updates";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
