using System.Globalization;

namespace BossRemote.Benchmarks.Live;

/// <summary>The live benchmark's table, ratios and targets, as printed and as pasted into the README.</summary>
internal static class LiveReport
{
    public static string Progress(LiveRound round) =>
        string.Create(CultureInfo.InvariantCulture,
            $"  {round.Watchers} watching: Play → code median {Percentiles.Median(round.PlayToCode):0} ms, change → pages p99 {Percentiles.Of(round.AllFanOut, 99):0} ms (server's side {Percentiles.Of(round.ServerDelivery, 99):0} ms), compiling (JIT) meanwhile {round.Compilation.TotalMilliseconds:0} ms, {round.GarbageCollections}");

    public static void Print(IReadOnlyList<LiveRound> rounds, BenchmarkOptions options, TextWriter output)
    {
        var runs = options.Runs;
        var watchers = options.WatchersAtIdlePriority ? "watching pages in a browser on otherwise idle cores" : "watching pages at normal priority";
        var none = rounds[0];
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Live pages: SQLite, .NET {Environment.Version}, {Environment.ProcessorCount} cores; {runs} cycles of Play, customer online and Stop per row after a warm-up, 1 s apart; {watchers}; ms unless shown."));
        output.WriteLine();
        output.WriteLine("| watching pages | Play → code median (p95) | × first row | TeamViewer call median | server share median (p95) | change → every page p50 / p99 / max | server: post → rendered, every page p50 / p99 | memory per page: heap / working set |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var round in rounds)
        {
            var fanOut = round.AllFanOut.ToList();
            var cells = new[]
            {
                Invariant($"{round.Watchers}"),
                Invariant($"{Percentiles.Median(round.PlayToCode):0} ({Percentiles.Of(round.PlayToCode, 95):0})"),
                Invariant($"{Percentiles.Median(round.PlayToCode) / Percentiles.Median(none.PlayToCode):0.00}"),
                Invariant($"{Percentiles.Median(round.PlayTeamViewer):0.0}"),
                Invariant($"{Percentiles.Median(round.PlayServerShare):0.0} ({Percentiles.Of(round.PlayServerShare, 95):0.0})"),
                fanOut.Count == 0 ? "–" : Invariant($"{Percentiles.Median(fanOut):0} / {Percentiles.Of(fanOut, 99):0} / {fanOut.Max():0}"),
                round.Watchers == 0 ? "–" : Invariant($"{Percentiles.Median(round.ServerDelivery):0} / {Percentiles.Of(round.ServerDelivery, 99):0}"),
                round.HeapPerPage is { } heap ? Invariant($"{heap / 1024:0} KB / {round.WorkingSetPerPage!.Value / 1024:0} KB") : "–",
            };
            output.WriteLine($"| {string.Join(" | ", cells)} |");
        }

        output.WriteLine();
        output.WriteLine("Per change, p50 / p99 / max (ms):");
        foreach (var round in rounds.Where(r => r.Watchers > 0))
        {
            output.WriteLine(Invariant($"  {round.Watchers} watching: ") + string.Join(", ", round.FanOut.Select(change =>
                Invariant($"{change.Key} {Percentiles.Median(change.Value):0} / {Percentiles.Of(change.Value, 99):0} / {change.Value.Max():0}"))));
        }

        output.WriteLine();
        output.WriteLine("Targets:");
        foreach (var target in LiveTarget.Judge(rounds))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(target.Met ? "met   " : "MISSED")} {target.Name}: {target.Measured:0.##} {target.Unit} (target ≤ {target.Limit:0.##} {target.Unit})"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
