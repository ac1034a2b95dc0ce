using System.Diagnostics;

namespace BossRemote.Benchmarks;

/// <summary>Wall-clock medians: the median shrugs off the odd slow run a shared machine gives.</summary>
internal static class Timing
{
    /// <summary>One warm-up run (query plans, page cache), then the median of <paramref name="runs"/> timed ones, in ms.</summary>
    public static async Task<double> MedianAsync<T>(int runs, Func<Task<T>> run)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
    }
}
