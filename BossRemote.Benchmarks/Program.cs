using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using BossRemote.Benchmarks;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

// Times the TeamViewer Session Summary service against one hand-written SQL query on a SQLite file with N cases,
// then the ticket list's typical queries over the same file's tickets.
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

var database = new BenchmarkDatabase(options);
await database.EnsureAsync();

var contextOptions = database.ContextOptions;
var service = new SessionSummaryService(new ContextFactory(contextOptions), new UserAccess(
    new ServiceCollection().AddLogging().AddAuthorizationCore(o => o.AddBossRemotePolicies()).BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>(),
    NullLogger<UserAccess>.Instance));
var supervisor = new ClaimsPrincipal(new ClaimsIdentity(
    [new Claim(ClaimTypes.NameIdentifier, "benchmark"), new Claim(ClaimTypes.Role, Roles.Supervisor)], "Benchmark"));
var handWritten = new HandWrittenReport(database.ConnectionString);

string firstTechnician;
Dictionary<long, string> categories;
await using (var db = new BossRemoteDbContext(contextOptions))
{
    firstTechnician = await db.Users.OrderBy(u => u.DisplayName).Select(u => u.Id).FirstAsync();
    categories = await db.TicketCategories.ToDictionaryAsync(c => (long)c.Id, c => c.Name);
}

const string zone = "Europe/Berlin";
var lastDay = DateOnly.FromDateTime(BenchmarkDatabase.End).AddDays(-1);
(string Name, SessionSummaryQuery Query)[] scenarios =
[
    ("(a) all technicians, one year", new SessionSummaryQuery([], new DayRange(lastDay.AddYears(-1).AddDays(1), lastDay), zone)),
    ("(b) one technician, one month", new SessionSummaryQuery([firstTechnician], new DayRange(new DateOnly(lastDay.Year, lastDay.Month, 1), lastDay), zone)),
];

Console.WriteLine($"SQLite {SqliteVersion(database.ConnectionString)}, .NET {Environment.Version}, {Environment.ProcessorCount} cores; median of {options.Runs} runs after one warm-up.");
Console.WriteLine();
Console.WriteLine($"{"scenario",-32} {"sessions",9} {"service ms",11} {"hand SQL ms",12} {"ratio",6}  figures");
var agree = true;
foreach (var (name, query) in scenarios)
{
    var utc = query.Range.ToUtc(TimeZoneInfo.FindSystemTimeZoneById(query.TimeZoneId));
    var fromService = ReportFigures.From(await service.GetAsync(supervisor, query));
    var fromSql = await handWritten.RunAsync(utc, query.TechnicianIds, categories);

    var serviceMs = await MedianAsync(options.Runs, () => service.GetAsync(supervisor, query));
    var sqlMs = await MedianAsync(options.Runs, () => handWritten.RunAsync(utc, query.TechnicianIds, categories));

    var differences = fromService.Differences(fromSql);
    agree &= differences.Count == 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-32} {fromService.Total.Sessions,9:N0} {serviceMs,11:F1} {sqlMs,12:F1} {serviceMs / sqlMs,6:F2}  {(differences.Count == 0 ? $"agree ({fromService.Count} lines)" : "DIFFER")}"));
    foreach (var difference in differences.Take(20))
    {
        Console.WriteLine($"    {difference}");
    }
}

Console.WriteLine();
Console.WriteLine(agree ? "The service and the hand-written SQL agree on every figure." : "The service and the hand-written SQL DISAGREE.");

// The ticket list (SPEC §2: fast at 100,000 tickets) over the same file's tickets, one page of 25 as the grid asks.
var ticketCount = await new BossRemoteDbContext(contextOptions).Tickets.CountAsync();
var ticketList = new TicketListService(new ContextFactory(contextOptions), new UserAccess(
    new ServiceCollection().AddLogging().AddAuthorizationCore(o => o.AddBossRemotePolicies()).BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>(),
    NullLogger<UserAccess>.Instance));
var technician = new ClaimsPrincipal(new ClaimsIdentity(
    [new Claim(ClaimTypes.NameIdentifier, firstTechnician), new Claim(ClaimTypes.Role, Roles.Technician)], "Benchmark"));
(string Name, TicketListQuery Query)[] lists =
[
    ("all tickets, newest first, page 1", new TicketListQuery()),
    ("all tickets, page 2,000", new TicketListQuery { Page = 2_000 }),
    ("unfinished (Open, In Progress, On Hold)", new TicketListQuery { Statuses = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.OnHold] }),
    ("my tickets, by subject", new TicketListQuery { View = TicketView.Mine, SortBy = TicketSortColumn.Subject, Descending = false }),
    ("search \"printer\"", new TicketListQuery { Search = "printer" }),
    ("by number #1042", new TicketListQuery { Search = "#1042" }),
];
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ticket list over {ticketCount:N0} tickets (page of 25, with the total count):"));
foreach (var (name, query) in lists)
{
    var page = await ticketList.QueryAsync(technician, query);
    var ms = await MedianAsync(options.Runs, () => ticketList.QueryAsync(technician, query));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-42} {ms,8:F1} ms  ({page.TotalCount:N0} match)"));
}

return agree ? 0 : 1;

static async Task<double> MedianAsync<T>(int runs, Func<Task<T>> run)
{
    await run(); // warm-up: query plans, page cache
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

static string SqliteVersion(string connectionString)
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
    connection.Open();
    return connection.ServerVersion;
}
