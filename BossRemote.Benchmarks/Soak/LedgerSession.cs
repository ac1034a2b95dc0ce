namespace BossRemote.Benchmarks.Soak;

/// <summary>A session in TeamViewer (the simulator); open means open and not past its valid-until.</summary>
public sealed record LedgerSession(string Code, string? CustomApi, bool Open);
