namespace BossRemote.Benchmarks.Soak;

/// <summary>The books of a soak: the counts that are printed, and every discrepancy found (none: they balance).</summary>
public sealed record SoakBalance(IReadOnlyList<SoakCount> Counts, IReadOnlyList<string> Discrepancies)
{
    public bool Balances => Discrepancies.Count == 0;

    public long this[string name] => Counts.Single(c => c.Name == name).Value;
}
