namespace BossRemote.Core.Common;

/// <summary>Settings under <c>BossRemote</c> (environment form <c>BossRemote__…</c>).</summary>
public sealed class BossRemoteOptions
{
    public const string SectionName = "BossRemote";

    /// <summary>
    /// The app's data folder: SQLite files, job store, Data Protection key ring, mail outbox.
    /// Relative paths are resolved against the content root; empty means <c>App_Data</c> under the content root.
    /// </summary>
    public string? DataDirectory { get; set; }
}
