using BossRemote.Benchmarks.Live;
using BossRemote.Benchmarks.Soak;
using BossRemote.Core.Data;

namespace BossRemote.Benchmarks;

/// <summary>
/// The default scenario times the TeamViewer Session Summary service against one hand-written SQL query on N cases,
/// then the ticket list's typical queries over the same data's tickets, on SQLite (default) or PostgreSQL (README,
/// "Performance"). <c>--scenario live</c> times Play and live updates with real pages watching one ticket and measures
/// memory per page (README "Live pages"). <c>--scenario soak</c> runs the service-case life cycle through faults and restarts and checks the
/// books (README, "Soak test"). A named class rather than top-level statements: the tests reference this project, and
/// a second global <c>Program</c> beside the web app's would be ambiguous there.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project BossRemote.Benchmarks -- [--cases 1000000] [--runs 7] [--rebuild]
/// [--provider sqlite|postgres] [--db PATH] [--connection "Host=…;Port=…;Username=…"]</c>;
/// <c>dotnet run -c Release --project BossRemote.Benchmarks -- --scenario soak [--cases 10000] [--seed N] [--provider sqlite|postgres]</c>;
/// <c>dotnet run -c Release --project BossRemote.Benchmarks -- --scenario live [--watchers 0,10,50] [--runs 10] [--chart PATH]</c>.
/// </remarks>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        return options.Scenario switch
        {
            BenchmarkScenario.Soak => await SoakAsync(options),
            BenchmarkScenario.Live => await LiveAsync(options),
            _ => await ReportAsync(options),
        };
    }

    private static async Task<int> LiveAsync(BenchmarkOptions options)
    {
        var rounds = await new LiveRun(options, Console.Out).RunAsync();
        LiveReport.Print(rounds, options, Console.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(options.ChartPath)!);
        await File.WriteAllTextAsync(options.ChartPath, LiveChart.Render(rounds));
        Console.WriteLine($"Chart: {options.ChartPath}");
        return LiveTarget.Judge(rounds).All(t => t.Met) ? 0 : 1;
    }

    private static async Task<int> SoakAsync(BenchmarkOptions options)
    {
        var result = await SoakRun.RunAsync(SoakSettings.From(options), Console.Out);
        SoakReport.Print(result, Console.Out);
        return result.Balance.Balances ? 0 : 1;
    }

    private static async Task<int> ReportAsync(BenchmarkOptions options)
    {
        // PostgreSQL without --connection: a server of our own for this run, stopped when the run ends, pass or fail.
        using var server = options is { Provider: DatabaseProvider.Postgres, Connection: null } ? ThrowawayPostgres.Start() : null;
        try
        {
            IBenchmarkDatabase database = options.Provider == DatabaseProvider.Postgres
                ? new PostgresBenchmarkDatabase(options, options.Connection ?? server!.ConnectionString)
                : new SqliteBenchmarkDatabase(options);
            await database.EnsureAsync();

            Console.WriteLine($"{await database.DescribeAsync()}, .NET {Environment.Version}, {Environment.ProcessorCount} cores; median of {options.Runs} runs after one warm-up.");
            Console.WriteLine();
            var agree = await new ReportBenchmark(database, options.Runs).RunAsync();
            Console.WriteLine();
            await new TicketListBenchmark(database, options.Runs).RunAsync();
            return agree ? 0 : 1;
        }
        catch (Exception) when (server is { Interrupted: true })
        {
            return 130;
        }
    }
}
