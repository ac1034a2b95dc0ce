using BossRemote.Benchmarks.Soak;
using BossRemote.Core.Data;

namespace BossRemote.Tests.Benchmarks.Soak;

/// <summary>
/// The soak at CI size (issue 10 item 14): 200 cases on SQLite through TeamViewer and SMTP faults and restarts, with a
/// fixed seed so a failure replays (<c>--scenario soak --cases 200 --seed 4242</c>). The books must balance, and the run
/// must have gone through what it is for — else a soak that injected nothing would pass.
/// </summary>
public sealed class SoakRunTests
{
    [Fact]
    public async Task RunAsync_TwoHundredCasesThroughFaultsAndRestarts_BooksBalance()
    {
        var output = new StringWriter();
        var settings = new SoakSettings(Cases: 200, Seed: 4242, DatabaseProvider.Sqlite);

        // About a minute on CI's machine; a soak that stops making progress fails here, with what it printed so far.
        var run = SoakRun.RunAsync(settings, output);
        if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(8))) != run)
        {
            throw new TimeoutException("The soak made no end within 8 minutes:\n" + output);
        }

        var result = await run;

        SoakReport.Print(result, output);
        result.Balance.Discrepancies.ShouldBeEmpty(output.ToString());
        result.Balance[SoakBooks.CasesCreated].ShouldBeGreaterThanOrEqualTo(200);
        result.Balance[SoakBooks.EndedByStop].ShouldBeGreaterThan(0);
        result.Balance[SoakBooks.EndedByExpiry].ShouldBeGreaterThan(0);
        result.Balance[SoakBooks.EndedGone].ShouldBeGreaterThan(0);
        result.Restarts.ShouldBeGreaterThanOrEqualTo(3, output.ToString());
        result.Journal.Counts.Keys.ShouldContain(k => k.StartsWith("TeamViewer calls:", StringComparison.Ordinal), output.ToString());
        result.Journal["SMTP: 451 refusals"].ShouldBeGreaterThan(0, output.ToString());
    }
}
