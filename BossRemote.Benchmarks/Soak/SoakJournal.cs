using System.Collections.Concurrent;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// What the soak did and what it injected — Plays, Stops, customers, faults, restarts — counted by name, from any
/// thread (the proxy and the SMTP server count their own). Printed beside the books; the books never rely on it
/// except for the Stops the product confirmed.
/// </summary>
public sealed class SoakJournal
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Cases whose Stop the product confirmed (it answered with the case closed).</summary>
    public ConcurrentDictionary<long, bool> ConfirmedStops { get; } = new();

    /// <summary>Messages the SMTP server had accepted when the app stopped before reading its answer.</summary>
    public ConcurrentDictionary<string, bool> InterruptedSends { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Count(string what, int by = 1) => _counts.AddOrUpdate(what, by, (_, n) => n + by);

    public int this[string what] => _counts.GetValueOrDefault(what);
}
