using BossRemote.Benchmarks.Live;

namespace BossRemote.Tests.Benchmarks.Live;

/// <summary>The live benchmark's figures: nearest-rank percentiles, the targets it judges, its chart and its GC figures.</summary>
public sealed class LiveTargetTests
{
    [Theory]
    [InlineData(50, 5)]
    [InlineData(95, 10)]
    [InlineData(99, 10)]
    [InlineData(10, 1)]
    public void Percentile_OneToTen_NearestRank(double percentile, double expected) =>
        Percentiles.Of([.. Enumerable.Range(1, 10).Select(i => (double)i).Reverse()], percentile).ShouldBe(expected);

    [Fact]
    public void Judge_WithinEveryLimit_AllMet()
    {
        var targets = LiveTarget.Judge([Round(0, play: 100, share: 20, fanOut: []), Round(50, play: 115, share: 30, fanOut: [100, 200, 240], heap: 400 * 1024)]);

        targets.Select(t => (t.Name, t.Met)).ShouldBe(
        [
            ("Play → code with 50 watching ÷ with 0, medians", true),
            ("server's own share of Play, p95 (all rounds)", true),
            ("a change reaches 50 watching pages, p99", true),
            ("memory per open ticket page, managed heap (50 pages)", true),
        ]);
        targets[0].Measured.ShouldBe(1.15, 0.0001);
    }

    [Fact]
    public void Judge_SlowerActingPageSlowFanOutAndHeavyPages_Missed()
    {
        var targets = LiveTarget.Judge([Round(0, play: 100, share: 20, fanOut: []), Round(50, play: 130, share: 60, fanOut: [100, 300], heap: 600 * 1024)]);

        targets.ShouldAllBe(t => !t.Met);
    }

    [Fact]
    public void Chart_Rounds_AnSvgWithAPointPerRoundAndTheTargetLine()
    {
        var svg = LiveChart.Render([Round(0, 100, 20, []), Round(10, 110, 20, [50, 90]), Round(50, 120, 20, [80, 200])]);

        svg.ShouldStartWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        System.Xml.Linq.XDocument.Parse(svg).Root!.Name.LocalName.ShouldBe("svg");
        svg.ShouldContain("p99 target 250 ms");
        svg.ShouldContain("change → pages p99, 50 pages: 200 ms");
        svg.ShouldContain("Play → code (median), 0 pages: 100 ms");
        svg.ShouldContain("server's side p99, 50 pages: 150 ms");
        svg.ShouldNotContain("server's side p99, 0 pages");
    }

    [Fact]
    public void GarbageCollections_Since_IsTheDifferenceAsPrinted()
    {
        var then = new GarbageCollections(10, 4, 1, TimeSpan.FromMilliseconds(100));
        var now = new GarbageCollections(13, 5, 1, TimeSpan.FromMilliseconds(145));

        var meanwhile = now.Since(then);

        meanwhile.ShouldBe(new GarbageCollections(3, 1, 0, TimeSpan.FromMilliseconds(45)));
        meanwhile.ToString().ShouldBe("3 collections (gen1 1, gen2 0) pausing 45 ms");
    }

    private static LiveRound Round(int watchers, double play, double share, double[] fanOut, double? heap = null)
    {
        var round = new LiveRound { Watchers = watchers, HeapPerPage = heap, WorkingSetPerPage = heap };
        round.PlayToCode.Add(play);
        round.PlayServerShare.Add(share);
        round.PlayTeamViewer.Add(10);
        round.FanOut["Play"].AddRange(fanOut);
        round.ServerDelivery.AddRange(fanOut.Select(ms => ms * 0.75));
        return round;
    }
}
