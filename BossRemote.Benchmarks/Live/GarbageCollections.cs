using System.Globalization;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// The garbage collector's counts (every collection, and those of generation 1 and 2 among them) and its total pause
/// time: taken before and after a stretch of work, the difference is what collections cost the server meanwhile.
/// </summary>
internal readonly record struct GarbageCollections(int All, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GarbageCollections Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <summary>What happened between <paramref name="then"/> and this.</summary>
    public GarbageCollections Since(GarbageCollections then) =>
        new(All - then.All, Gen1 - then.Gen1, Gen2 - then.Gen2, Paused - then.Paused);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{All} collections (gen1 {Gen1}, gen2 {Gen2}) pausing {Paused.TotalMilliseconds:0} ms");
}
