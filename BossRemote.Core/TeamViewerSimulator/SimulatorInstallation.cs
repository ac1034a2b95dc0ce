namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// The one row that makes this installation's simulator its own: the key the app's TeamViewer client sends with every
/// call, without which the API answers 404 (ADR-017). It lives in the simulator's database, not in configuration, so
/// every instance of a scaled-out installation uses the same key and nobody has to set one.
/// </summary>
public sealed class SimulatorInstallation
{
    public const int SingletonId = 1;

    public const int KeyMaxLength = 64;

    public int Id { get; init; } = SingletonId;

    /// <summary>Random, URL-safe; a secret like a token (never logged).</summary>
    public string Key { get; init; } = "";

    public DateTime CreatedAt { get; init; }
}
