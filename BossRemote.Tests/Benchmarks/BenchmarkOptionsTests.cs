using BossRemote.Benchmarks;
using BossRemote.Core.Data;

namespace BossRemote.Tests.Benchmarks;

/// <summary>The benchmark program's command line: the report stays the default, the soak is asked for by name.</summary>
public sealed class BenchmarkOptionsTests
{
    [Fact]
    public void Parse_NoArguments_ReportOnAMillionCases()
    {
        var options = BenchmarkOptions.Parse([]);

        options.Scenario.ShouldBe(BenchmarkScenario.Report);
        options.Cases.ShouldBe(BenchmarkOptions.DefaultCases);
        options.Runs.ShouldBe(BenchmarkOptions.DefaultRuns);
    }

    [Fact]
    public void Parse_SoakWithSeedAndProvider_SoakAsAsked()
    {
        var options = BenchmarkOptions.Parse(["--scenario", "soak", "--cases", "2,000", "--seed", "17", "--provider", "postgres"]);

        options.Scenario.ShouldBe(BenchmarkScenario.Soak);
        options.Cases.ShouldBe(2_000);
        options.Seed.ShouldBe(17);
        options.Provider.ShouldBe(DatabaseProvider.Postgres);
    }

    [Fact]
    public void Parse_SoakWithoutCasesOrSeed_TenThousandCasesAndAChosenSeed()
    {
        var options = BenchmarkOptions.Parse(["--scenario", "soak"]);

        options.Cases.ShouldBe(BenchmarkOptions.DefaultSoakCases);
        options.Seed.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("--scenario", "soak", "--runs", "3")]
    [InlineData("--scenario", "soak", "--rebuild", "")]
    [InlineData("--seed", "5", "", "")]
    [InlineData("--scenario", "chaos", "", "")]
    public void Parse_OptionOfTheOtherScenario_Refused(string first, string second, string third, string fourth)
    {
        string[] args = [.. new[] { first, second, third, fourth }.Where(a => a.Length > 0)];

        Should.Throw<ArgumentException>(() => BenchmarkOptions.Parse(args));
    }

    [Fact]
    public void Parse_Live_ZeroTenAndFiftyWatchersTenRunsChartInTheDocs()
    {
        var options = BenchmarkOptions.Parse(["--scenario", "live"]);

        options.Scenario.ShouldBe(BenchmarkScenario.Live);
        options.Watchers.ShouldBe([0, 10, 50]);
        options.Runs.ShouldBe(BenchmarkOptions.DefaultLiveRuns);
        options.ChartPath.ShouldEndWith(Path.Combine("docs", "live-latency.svg"));
        options.WatchersAtIdlePriority.ShouldBeTrue();
        options.WarmUpCycles.ShouldBe(BenchmarkOptions.DefaultWarmUpCycles);
    }

    [Fact]
    public void Parse_LiveWithWatchersRunsAndChart_AsAskedInOrder()
    {
        var options = BenchmarkOptions.Parse(
            ["--scenario", "live", "--watchers", "20, 0,5", "--runs", "3", "--chart", "/tmp/live.svg", "--watchers-priority", "normal", "--warm-up", "0"]);

        options.Watchers.ShouldBe([0, 5, 20]);
        options.Runs.ShouldBe(3);
        options.ChartPath.ShouldBe("/tmp/live.svg");
        options.WatchersAtIdlePriority.ShouldBeFalse();
        options.WarmUpCycles.ShouldBe(0);
    }

    [Theory]
    [InlineData("--watchers", "10")]
    [InlineData("--chart", "x.svg")]
    [InlineData("--watchers-priority", "idle")]
    [InlineData("--warm-up", "5")]
    public void Parse_LiveOptionsForTheReport_Refused(string option, string value) =>
        Should.Throw<ArgumentException>(() => BenchmarkOptions.Parse([option, value]));

    [Theory]
    [InlineData("--provider", "postgres")]
    [InlineData("--cases", "1000")]
    [InlineData("--watchers", "10,10")]
    [InlineData("--watchers", "-1")]
    [InlineData("--runs", "0")]
    [InlineData("--watchers-priority", "high")]
    [InlineData("--warm-up", "-1")]
    public void Parse_LiveWithWhatItCannotDo_Refused(string option, string value) =>
        Should.Throw<ArgumentException>(() => BenchmarkOptions.Parse(["--scenario", "live", option, value]));
}
