using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Reports;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.Reports;

public abstract class SessionTrendServiceTests(TestDatabase database) : DatabaseTestBase(database)
{
    private SessionTrendService Service => new(Database.Factory, Access);

    private SessionSummaryService Summary => new(Database.Factory, Access);

    [Theory]
    [InlineData("Asia/Kathmandu", "2026-10-20", "2026-11-10", TrendGrain.Day, false)]
    [InlineData("Asia/Kathmandu", "2026-10-20", "2026-11-10", TrendGrain.Day, true)]
    [InlineData("Europe/Berlin", "2026-03-20", "2026-04-05", TrendGrain.Day, false)]
    [InlineData("Europe/Berlin", "2026-10-01", "2026-12-15", TrendGrain.Week, false)]
    [InlineData("Europe/Berlin", "2026-03-01", "2026-08-31", TrendGrain.Week, true)]
    [InlineData("America/New_York", "2026-02-10", "2026-07-31", TrendGrain.Week, false)]
    [InlineData("Asia/Kathmandu", "2026-01-15", "2026-12-31", TrendGrain.Month, false)]
    [InlineData("America/St_Johns", "2026-01-01", "2026-12-31", TrendGrain.Month, true)]
    [InlineData("UTC", "2026-01-01", "2027-01-31", TrendGrain.Month, false)]
    [InlineData("Asia/Kathmandu", "2020-01-01", "2029-12-31", TrendGrain.Month, true)] // the longest range: 120 cut days in one query
    public async Task GetAsync_RandomCases_EachPeriodEqualsPlainLinqOverTheCases(
        string zone, string from, string to, TrendGrain grain, bool twoOfThreeTechnicians)
    {
        var cases = await ArrangeRandomCasesAsync();
        var query = twoOfThreeTechnicians ? Query(from, to, zone, Database.Technician, Database.Admin) : Query(from, to, zone);

        var trend = await Service.GetAsync(Supervisor(), query);

        trend.Grain.ShouldBe(grain);
        trend.Points.Select(p => (p.Period.Start, p.Sessions, p.DurationTicks)).ShouldBe(Expected(cases, query));
    }

    [Theory]
    [InlineData("Asia/Kathmandu", "2026-11-01", "2026-11-30")]
    [InlineData("Europe/Berlin", "2026-03-01", "2026-08-31")]
    [InlineData("America/New_York", "2026-01-01", "2026-12-31")]
    public async Task GetAsync_AnyRange_AddsUpToTheSummarysTotals(string zone, string from, string to)
    {
        await ArrangeRandomCasesAsync();
        var query = Query(from, to, zone);

        var trend = await Service.GetAsync(Supervisor(), query);
        var summary = await Summary.GetAsync(Supervisor(), query);

        trend.Sessions.ShouldBe(summary.Totals.Sessions);
        SessionMath.Seconds(trend.DurationTicks).ShouldBe(summary.Totals.TotalSeconds);
        summary.Totals.Sessions.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task GetAsync_DaysWithoutSessions_AreZeros()
    {
        await Database.AddCasesAsync(Case(await TicketAsync(1001), Database.Technician).Closed(Utc(2026, 11, 3, 12, 0), TimeSpan.FromMinutes(30)));

        var trend = await Service.GetAsync(Supervisor(), Query("2026-11-02", "2026-11-04", "UTC"));

        trend.Points.Select(p => (p.Sessions, p.TotalSeconds)).ShouldBe([(0, 0L), (1, 1800L), (0, 0L)]);
    }

    [Fact]
    public async Task GetAsync_AsTechnician_IsRefused()
    {
        var technician = PrincipalBuilder.Technician().For(Database.Technician).Build();

        var act = () => Service.GetAsync(technician, Query("2026-11-02", "2026-11-04", "UTC"));

        await act.ShouldThrowAsync<AccessDeniedException>();
    }

    [Fact]
    public async Task GetAsync_EndBeforeStart_ThrowsArgumentException()
    {
        var act = () => Service.GetAsync(Supervisor(), Query("2026-11-04", "2026-11-02", "UTC"));

        await act.ShouldThrowAsync<ArgumentException>();
    }

    /// <summary>
    /// Cases of three technicians at random instants (often near the local midnights the tests cut at), closed, expired
    /// and still open, with whole-second durations so the summary's per-technician rounding cannot differ from one rounding.
    /// </summary>
    private async Task<List<ServiceCase>> ArrangeRandomCasesAsync()
    {
        var random = new Random(12);
        var tickets = new[] { await TicketAsync(1001), await TicketAsync(1002, type: TicketType.ServiceRequest) };
        TestUser[] technicians = [Database.Technician, Database.OtherTechnician, Database.Admin];
        var first = Utc(2025, 12, 25, 0, 0);
        List<ServiceCaseBuilder> builders = [];
        for (var i = 0; i < 600; i++)
        {
            var start = first.AddDays(random.Next(0, 410)).AddMinutes(random.Next(3) == 0 ? 18 * 60 + random.Next(-30, 30) : random.Next(0, 24 * 60))
                .AddSeconds(random.Next(60));
            var technician = technicians[random.Next(3)];
            builders.Add(random.Next(10) switch
            {
                0 => Case(tickets[i % 2], technician).Expired(start),
                1 => Case(await TicketAsync(2000 + i), technician).Open(start), // one open case a ticket
                _ => Case(tickets[i % 2], technician).Closed(start, TimeSpan.FromSeconds(random.Next(1, 7200))),
            });
        }

        await Database.AddCasesAsync([.. builders]);
        await using var db = Database.CreateDbContext();
        return [.. db.ServiceCases];
    }

    private static List<(DateOnly, int, long)> Expected(List<ServiceCase> cases, SessionSummaryQuery query) =>
        [.. TrendPeriods.Of(query.Range, TimeZoneInfo.FindSystemTimeZoneById(query.TimeZoneId)).Select(p =>
        {
            var inPeriod = cases.Where(c => c.State == ServiceCaseState.Closed && p.Utc.Contains(c.CreatedAt)
                && (query.AllTechnicians || query.TechnicianIds.Contains(c.CreatedById))).ToList();
            return (p.Start, inPeriod.Count, inPeriod.Sum(c => (c.EndedAt!.Value - c.CreatedAt).Ticks));
        })];

    private async Task<int> TicketAsync(int number, TicketType type = TicketType.Incident)
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(number).WithCategory(Database.CategoryId("Support")).WithType(type).Build());
        return (await Database.LoadTicketAsync(number)).Id;
    }

    private static ServiceCaseBuilder Case(int ticketId, TestUser technician) => new(ticketId, technician);

    private static SessionSummaryQuery Query(string from, string to, string zone, params TestUser[] technicians) =>
        new([.. technicians.Select(t => t.Id)], new DayRange(DateOnly.Parse(from), DateOnly.Parse(to)), zone);

    private ClaimsPrincipal Supervisor() => PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public sealed class OnSqlite(SqliteTestDatabase database) : SessionTrendServiceTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : SessionTrendServiceTests(database), IClassFixture<PostgresTestDatabase>;
}
