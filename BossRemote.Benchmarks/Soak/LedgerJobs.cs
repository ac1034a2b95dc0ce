namespace BossRemote.Benchmarks.Soak;

/// <summary>The job store at the end: jobs failed for good (type and reason), and any work still waiting.</summary>
public sealed record LedgerJobs(IReadOnlyList<string> Failed, long Enqueued, long Scheduled, long Processing);
