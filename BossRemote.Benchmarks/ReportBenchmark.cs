using System.Globalization;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Benchmarks;

/// <summary>
/// Times the TeamViewer Session Summary service (as a supervisor, through the real policy check) against the engine's
/// hand-written SQL on two scenarios, and compares every figure the two return.
/// </summary>
internal sealed class ReportBenchmark(IBenchmarkDatabase database, int runs)
{
    /// <summary>Prints the table; true when the service and the hand-written SQL agree on every figure.</summary>
    public async Task<bool> RunAsync()
    {
        var service = new SessionSummaryService(new ContextFactory(database.ContextOptions), BenchmarkAccess.Create());
        var trends = new SessionTrendService(new ContextFactory(database.ContextOptions), BenchmarkAccess.Create());
        var supervisor = BenchmarkAccess.Person("benchmark", Roles.Supervisor);
        string firstTechnician;
        Dictionary<long, string> categories;
        await using (var db = new BossRemoteDbContext(database.ContextOptions))
        {
            firstTechnician = await db.Users.OrderBy(u => u.DisplayName).Select(u => u.Id).FirstAsync();
            categories = await db.TicketCategories.ToDictionaryAsync(c => (long)c.Id, c => c.Name);
        }

        const string zone = "Europe/Berlin";
        var lastDay = DateOnly.FromDateTime(BenchmarkData.End).AddDays(-1);
        (string Name, SessionSummaryQuery Query)[] scenarios =
        [
            ("(a) all technicians, one year", new SessionSummaryQuery([], new DayRange(lastDay.AddYears(-1).AddDays(1), lastDay), zone)),
            ("(b) one technician, one month", new SessionSummaryQuery([firstTechnician], new DayRange(new DateOnly(lastDay.Year, lastDay.Month, 1), lastDay), zone)),
        ];

        Console.WriteLine($"{"scenario",-32} {"sessions",9} {"service ms",11} {"hand SQL ms",12} {"ratio",6}  figures");
        var agree = true;
        foreach (var (name, query) in scenarios)
        {
            var utc = query.Range.ToUtc(TimeZoneInfo.FindSystemTimeZoneById(query.TimeZoneId));
            var fromService = ReportFigures.From(await service.GetAsync(supervisor, query));
            var fromSql = await database.HandWrittenReport.RunAsync(utc, query.TechnicianIds, categories);

            var serviceMs = await Timing.MedianAsync(runs, () => service.GetAsync(supervisor, query));
            var sqlMs = await Timing.MedianAsync(runs, () => database.HandWrittenReport.RunAsync(utc, query.TechnicianIds, categories));

            var differences = fromService.Differences(fromSql);
            agree &= differences.Count == 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-32} {fromService.Total.Sessions,9:N0} {serviceMs,11:F1} {sqlMs,12:F1} {serviceMs / sqlMs,6:F2}  {(differences.Count == 0 ? $"agree ({fromService.Count} lines)" : "DIFFER")}"));
            foreach (var difference in differences.Take(20))
            {
                Console.WriteLine($"    {difference}");
            }

            // The trend (ADR-021) must add up to the summary; its durations are whole seconds here, so exactly.
            var trend = await trends.GetAsync(supervisor, query);
            var trendMs = await Timing.MedianAsync(runs, () => trends.GetAsync(supervisor, query));
            var addsUp = trend.Sessions == fromService.Total.Sessions && SessionMath.Seconds(trend.DurationTicks) == fromService.Total.Seconds;
            agree &= addsUp;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"  trend by " + trend.Grain.ToString().ToLowerInvariant(),-32} {trend.Sessions,9:N0} {trendMs,11:F1} {"",12} {"",6}  {(addsUp ? $"adds up ({trend.Points.Count} points)" : "DOES NOT ADD UP")}"));
        }

        Console.WriteLine();
        Console.WriteLine(agree ? "The service and the hand-written SQL agree on every figure." : "The service and the hand-written SQL DISAGREE.");
        return agree;
    }
}
