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
}
