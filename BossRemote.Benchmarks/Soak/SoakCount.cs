namespace BossRemote.Benchmarks.Soak;

/// <summary>One line of the books' table.</summary>
public sealed record SoakCount(string Name, long Value);
