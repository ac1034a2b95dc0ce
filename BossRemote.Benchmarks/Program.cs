using BossRemote.Benchmarks;
using BossRemote.Core.Data;

// Times the TeamViewer Session Summary service against one hand-written SQL query on N cases, then the ticket list's
// typical queries over the same data's tickets, on SQLite (default) or PostgreSQL (README, "Performance").
// Usage: dotnet run -c Release --project BossRemote.Benchmarks -- [--cases 1000000] [--runs 7] [--rebuild]
//        [--provider sqlite|postgres] [--db PATH] [--connection "Host=…;Port=…;Username=…"]
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
