namespace BossRemote.Core.Reports;

/// <summary>The <see cref="SessionRollup"/> rows of one grain whose <see cref="SessionRollup.Day"/> is in [<see cref="From"/>, <see cref="To"/>).</summary>
internal readonly record struct RollupBuckets(SessionRollupGrain Grain, int From, int To);
