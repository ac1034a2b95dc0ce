using BossRemote.Benchmarks;

// Times the TeamViewer Session Summary service against one hand-written SQL query on N cases, then the ticket list's
// typical queries over the same data's tickets (README, "Performance").
// Usage: dotnet run -c Release --project BossRemote.Benchmarks -- [--cases 1000000] [--runs 7] [--db PATH] [--rebuild]
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

IBenchmarkDatabase database = new SqliteBenchmarkDatabase(options);
await database.EnsureAsync();

Console.WriteLine($"{await database.DescribeAsync()}, .NET {Environment.Version}, {Environment.ProcessorCount} cores; median of {options.Runs} runs after one warm-up.");
Console.WriteLine();
var agree = await new ReportBenchmark(database, options.Runs).RunAsync();
Console.WriteLine();
await new TicketListBenchmark(database, options.Runs).RunAsync();
return agree ? 0 : 1;
