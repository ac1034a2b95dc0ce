using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Reports;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.Reports;

public abstract class SessionDrillDownServiceTests(TestDatabase database) : DatabaseTestBase(database)
{
    private static readonly DateOnly March10 = new(2026, 3, 10);

    private SessionDrillDownService Service => new(Database.Factory, Access);

    private SessionSummaryService Summary => new(Database.Factory, Access);

    [Fact]
    public async Task GetAsync_TechnicianRow_ListsTheirClosedSessionsOldestFirstWithTicketRequesterAndTimes()
    {
        var ticket = await TicketAsync(1001, requester: "Ada Lovelace");
        var other = await TicketAsync(1002, requester: "Grace Hopper");
        await AddCasesAsync(
            Case(other, Database.Technician).Closed(Utc(2026, 3, 10, 11, 0, 0), TimeSpan.FromMinutes(20)).Connected(TimeSpan.FromMinutes(15)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromSeconds(605)),
            Case(ticket, Database.Technician).Expired(Utc(2026, 3, 10, 9, 0, 0)),
            Case(ticket, Database.Technician).Open(Utc(2026, 3, 10, 10, 0, 0)),
            Case(ticket, Database.OtherTechnician).Closed(Utc(2026, 3, 10, 12, 0, 0), TimeSpan.FromMinutes(5)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 11, 8, 0, 0), TimeSpan.FromMinutes(5)));

        var list = await ListAsync(ReportRow.Technician(Database.Technician.Id));

        list.RowName.ShouldBe(Database.Technician.DisplayName);
        list.Total.ShouldBe(2);
        list.Sessions.Select(s => (s.TicketNumber, s.RequesterName, s.TechnicianName, s.StartedAt, s.EndedAt, s.DurationSeconds, s.ConnectedSeconds))
            .ShouldBe(
            [
                (1001, "Ada Lovelace", Database.Technician.DisplayName, Utc(2026, 3, 10, 8, 0, 0), Utc(2026, 3, 10, 8, 10, 5), 605L, (int?)null),
                (1002, "Grace Hopper", Database.Technician.DisplayName, Utc(2026, 3, 10, 11, 0, 0), Utc(2026, 3, 10, 11, 20, 0), 1200L, 900),
            ]);
        list.Sessions.ShouldAllBe(s => s.StartedAt.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public async Task GetAsync_EveryRowOfTheReport_ListsAsManySessionsAsTheRowCounts()
    {
        var network = await TicketAsync(1001, "Network", TicketType.Incident, TicketPriority.High, TicketSource.Phone);
        var printer = await TicketAsync(1002, "Printer", TicketType.ServiceRequest, TicketPriority.Low, TicketSource.Email);
        var network2 = await TicketAsync(1003, "Network", TicketType.ServiceRequest, TicketPriority.Urgent, TicketSource.Phone);
        var removed = new TestUser("removed-account", "former@bossremote.test", "Former Colleague", "Technician");
        await AddCasesAsync(
            Case(network, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)),
            Case(network, Database.Technician).Closed(Utc(2026, 3, 10, 9, 0, 0), TimeSpan.FromMinutes(20)),
            Case(printer, Database.Technician).Closed(Utc(2026, 3, 10, 10, 0, 0), TimeSpan.FromMinutes(5)),
            Case(network2, Database.OtherTechnician).Closed(Utc(2026, 3, 10, 11, 0, 0), TimeSpan.FromMinutes(60)),
            Case(printer, removed).Closed(Utc(2026, 3, 10, 13, 0, 0), TimeSpan.FromMinutes(3)),
            Case(printer, Database.OtherTechnician).Expired(Utc(2026, 3, 10, 12, 0, 0)),
            Case(network, Database.Admin).Closed(Utc(2026, 3, 9, 12, 0, 0), TimeSpan.FromMinutes(7)));
        var summary = await Summary.GetAsync(Supervisor(), Query(March10, March10));
        var rows = summary.ByTechnician.Select(t => (ReportRow.Technician(t.TechnicianId), t.Sessions))
            .Concat(Rows(ReportRowKind.Category, summary.ByCategory)).Concat(Rows(ReportRowKind.Type, summary.ByType))
            .Concat(Rows(ReportRowKind.Priority, summary.ByPriority)).Concat(Rows(ReportRowKind.Source, summary.BySource))
            .ToList();

        var lists = new List<(ReportRow Row, int Sessions, SessionDrillDown List)>();
        foreach (var (row, sessions) in rows)
        {
            lists.Add((row, sessions, await ListAsync(row)));
        }

        rows.Count.ShouldBe(3 + 2 + 2 + 3 + 2);
        lists.ShouldAllBe(l => l.List.Total == l.Sessions && l.List.Sessions.Count == l.Sessions);
        lists.Single(l => l.Row == ReportRow.For(ReportRowKind.Category, Database.CategoryId("Network"))).List.Sessions
            .Select(s => s.TicketNumber).ShouldBe([1001, 1001, 1003]);
        lists.Single(l => l.Row == ReportRow.Technician(removed.Id)).List.RowName.ShouldBe("Former Colleague");
    }

    [Fact]
    public async Task GetAsync_BreakdownRowWithChosenTechnicians_ListsOnlyTheirSessions()
    {
        var ticket = await TicketAsync(1001, priority: TicketPriority.High);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)),
            Case(ticket, Database.OtherTechnician).Closed(Utc(2026, 3, 10, 9, 0, 0), TimeSpan.FromMinutes(20)));

        var list = await ListAsync(ReportRow.For(ReportRowKind.Priority, (int)TicketPriority.High), technicians: Database.OtherTechnician);

        list.RowName.ShouldBe("High");
        list.Sessions.ShouldHaveSingleItem().TechnicianName.ShouldBe(Database.OtherTechnician.DisplayName);
    }

    [Fact]
    public async Task GetAsync_DayInBerlin_ListsTheSessionsStartedInTheViewersDay()
    {
        // 10 March 2026 in Berlin (UTC+1) is [9 March 23:00 UTC, 10 March 23:00 UTC).
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 9, 22, 59, 59), TimeSpan.FromMinutes(1)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 9, 23, 0, 0), TimeSpan.FromMinutes(2)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 23, 0, 0), TimeSpan.FromMinutes(8)));

        var list = await ListAsync(ReportRow.Technician(Database.Technician.Id), zone: "Europe/Berlin");

        list.Sessions.ShouldHaveSingleItem().StartedAt.ShouldBe(Utc(2026, 3, 9, 23, 0, 0));
    }

    [Fact]
    public async Task GetAsync_MoreSessionsThanTheLimit_ListsTheFirstAndCountsAll()
    {
        var ticket = await TicketAsync(1001);
        await AddCasesAsync([.. Enumerable.Range(0, 5).Select(i => Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, i, 0), TimeSpan.FromMinutes(1)))]);

        var list = await Service.GetAsync(Supervisor(), Query(March10, March10), ReportRow.Technician(Database.Technician.Id), limit: 3);

        list.Total.ShouldBe(5);
        list.IsComplete.ShouldBeFalse();
        list.Sessions.Select(s => s.StartedAt.Minute).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public async Task GetAsync_AsTechnician_IsRefused()
    {
        var technician = PrincipalBuilder.Technician().For(Database.Technician).Build();

        var act = () => Service.GetAsync(technician, Query(March10, March10), ReportRow.Technician(Database.Technician.Id), 10);

        await act.ShouldThrowAsync<AccessDeniedException>();
    }

    [Theory]
    [InlineData(ReportRowKind.Type, "7")]
    [InlineData(ReportRowKind.Priority, "-1")]
    [InlineData(ReportRowKind.Category, "x")]
    [InlineData(ReportRowKind.Technician, " ")]
    [InlineData((ReportRowKind)9, "1")]
    public async Task GetAsync_UnknownRow_ThrowsArgumentException(ReportRowKind kind, string key)
    {
        var act = () => Service.GetAsync(Supervisor(), Query(March10, March10), new ReportRow(kind, key), 10);

        await act.ShouldThrowAsync<ArgumentException>();
    }

    private static IEnumerable<(ReportRow, int)> Rows(ReportRowKind kind, IEnumerable<SessionGroup> groups) =>
        groups.Select(g => (ReportRow.For(kind, g.Key), g.Sessions));

    private Task<SessionDrillDown> ListAsync(ReportRow row, string zone = "UTC", params TestUser[] technicians) =>
        Service.GetAsync(Supervisor(), Query(March10, March10, zone, technicians), row, SessionDrillDownService.PageLimit);

    private async Task<int> TicketAsync(
        int number, string category = "Support", TicketType type = TicketType.Incident,
        TicketPriority priority = TicketPriority.Medium, TicketSource source = TicketSource.Email, string requester = "Requester")
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(number).WithCategory(Database.CategoryId(category))
            .WithType(type).WithPriority(priority).WithSource(source).WithRequester(requester, "requester@bossremote.test").Build());
        return (await Database.LoadTicketAsync(number)).Id;
    }

    private static ServiceCaseBuilder Case(int ticketId, TestUser technician) => new(ticketId, technician);

    private async Task AddCasesAsync(params ServiceCaseBuilder[] cases)
    {
        await using var db = Database.CreateDbContext();
        db.ServiceCases.AddRange(cases.Select(c => c.Build()));
        await db.SaveChangesAsync();
    }

    private static SessionSummaryQuery Query(DateOnly from, DateOnly to, string zone = "UTC", params TestUser[] technicians) =>
        new([.. technicians.Select(t => t.Id)], new DayRange(from, to), zone);

    private ClaimsPrincipal Supervisor() => PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    public sealed class OnSqlite(SqliteTestDatabase database) : SessionDrillDownServiceTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : SessionDrillDownServiceTests(database), IClassFixture<PostgresTestDatabase>;
}
