namespace BossRemote.Benchmarks.Soak;

/// <summary>What a soak run came to: the books, what the soak did, how long it took and where its data is.</summary>
public sealed record SoakResult(SoakBalance Balance, SoakJournal Journal, int Restarts, TimeSpan Elapsed, DateTime ClockEnd, string DataDirectory);
