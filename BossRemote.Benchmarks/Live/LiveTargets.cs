namespace BossRemote.Benchmarks.Live;

/// <summary>The targets of issue 11 for this kind of machine (2 cores), judged on the largest number of watching pages.</summary>
internal sealed record LiveTarget(string Name, double Measured, double Limit, string Unit)
{
    public bool Met => Measured <= Limit;

    public static IReadOnlyList<LiveTarget> Judge(IReadOnlyList<LiveRound> rounds)
    {
        var none = rounds[0];
        var most = rounds[^1];
        var targets = new List<LiveTarget>
        {
            new($"server's own share of Play, p95 (all rounds)", Percentiles.Of(rounds.SelectMany(r => r.PlayServerShare), 95), 50, "ms"),
        };
        if (most.Watchers > 0 && most != none)
        {
            targets.Insert(0, new($"Play → code with {most.Watchers} watching ÷ with {none.Watchers}, medians",
                Percentiles.Median(most.PlayToCode) / Percentiles.Median(none.PlayToCode), 1.2, "×"));
            targets.Add(new($"a change reaches {most.Watchers} watching pages, p99", Percentiles.Of(most.AllFanOut, 99), 250, "ms"));
        }

        if (most.HeapPerPage is { } heap)
        {
            targets.Add(new($"memory per open ticket page, managed heap ({most.Watchers} pages)", heap / 1024, 500, "KB"));
        }

        return targets;
    }
}
