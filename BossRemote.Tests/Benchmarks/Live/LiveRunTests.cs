using BossRemote.Benchmarks;
using BossRemote.Benchmarks.Live;

namespace BossRemote.Tests.Benchmarks.Live;

/// <summary>
/// The live-page benchmark at CI size: the real app, Chromium, no watching page and then two, one cycle each. Not a
/// timing (the figures are the benchmark's to print): it checks that every figure is measured, so the benchmark stays
/// runnable from the README. The watchers' browser runs at normal priority here: at idle priority, on cores the rest of
/// the suite keeps busy, it could wait minutes for a turn.
/// </summary>
public sealed class LiveRunTests
{
    [Fact]
    public async Task RunAsync_NoneThenTwoWatchingPages_MeasuresEveryFigure()
    {
        var output = new StringWriter();
        var options = BenchmarkOptions.Parse(["--scenario", "live", "--watchers", "0,2", "--runs", "1", "--watchers-priority", "normal", "--warm-up", "1", "--chart", Path.GetTempFileName()]);

        var run = new LiveRun(options, output).RunAsync();
        if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(5))) != run)
        {
            throw new TimeoutException("The live benchmark made no end within 5 minutes:\n" + output);
        }

        var rounds = await run;

        rounds.Select(r => r.Watchers).ShouldBe([0, 2]);
        rounds.ShouldAllBe(r => r.PlayToCode.Count == 1 && r.PlayToCode[0] > 0);
        rounds.ShouldAllBe(r => r.PlayServerShare.Count == 1 && r.PlayTeamViewer.Count == 1 && r.PlayTeamViewer[0] > 0);
        rounds[0].AllFanOut.ShouldBeEmpty();
        rounds[0].HeapPerPage.ShouldBeNull();
        rounds[1].FanOut.Values.ShouldAllBe(seen => seen.Count == 2 && seen.All(ms => ms >= 0));
        rounds[1].HeapPerPage.ShouldNotBeNull();
        rounds[1].ServerDelivery.Count.ShouldBeGreaterThanOrEqualTo(3 * 3); // three pages, at least one round per change
        rounds[1].ServerDelivery.ShouldAllBe(ms => ms >= 0);
        rounds.ShouldAllBe(r => r.Compilation > TimeSpan.Zero); // a fresh server compiles as it goes
        LiveReport.Print(rounds, options, output);
        output.ToString().ShouldContain("Warm-up: 1 cycle,");
        output.ToString().ShouldContain("| 2 |");
        output.ToString().ShouldContain("server: post → rendered");
        output.ToString().ShouldContain(" collections (gen1 "); // each row says what GC cost meanwhile
    }
}
