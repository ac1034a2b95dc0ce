using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Reports;
using BossRemote.Core.Satisfaction;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.Reports;

public abstract class SessionSummaryServiceTests(TestDatabase database) : DatabaseTestBase(database)
{
    private const string Berlin = "Europe/Berlin";
    private static readonly DateOnly March10 = new(2026, 3, 10);

    private SessionSummaryService Service => new(Database.Factory, Access);

    [Fact]
    public async Task GetAsync_ClosedCasesInRange_SumsSessionsTotalAndAverage()
    {
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 9, 0, 0), TimeSpan.FromMinutes(20)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 10, 0, 0), TimeSpan.FromSeconds(45)));

        var summary = await ReportAsync(March10, March10);

        summary.Totals.Sessions.ShouldBe(3);
        summary.Totals.TotalSeconds.ShouldBe(600 + 1200 + 45);
        summary.Totals.AverageSeconds.ShouldBe(615);
        summary.Totals.Expired.ShouldBe(0);
    }

    [Fact]
    public async Task GetAsync_ExpiredCases_AreCountedApartAndLeftOutOfDurations()
    {
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(30)),
            Case(ticket, Database.Technician).Expired(Utc(2026, 3, 10, 9, 0, 0)),
            Case(ticket, Database.OtherTechnician).Expired(Utc(2026, 3, 10, 10, 0, 0)));

        var summary = await ReportAsync(March10, March10);

        summary.Totals.Sessions.ShouldBe(1);
        summary.Totals.TotalSeconds.ShouldBe(1800);
        summary.Totals.AverageSeconds.ShouldBe(1800);
        summary.Totals.Expired.ShouldBe(2);
        summary.ByTechnician.Single(t => t.TechnicianId == Database.OtherTechnician.Id).ShouldSatisfyAllConditions(
            t => t.Sessions.ShouldBe(0), t => t.TotalSeconds.ShouldBe(0), t => t.Expired.ShouldBe(1));
        summary.ByCategory.Sum(g => g.Sessions).ShouldBe(1);
    }

    [Fact]
    public async Task GetAsync_PendingAndActiveCases_AreNotCounted()
    {
        var first = await TicketAsync(1001);
        var second = await TicketAsync(1002);
        await AddCasesAsync(
            Case(first, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(5)),
            Case(first, Database.Technician).Open(Utc(2026, 3, 10, 9, 0, 0), ServiceCaseState.Active),
            Case(second, Database.Technician).Open(Utc(2026, 3, 10, 9, 30, 0), ServiceCaseState.Pending));

        var summary = await ReportAsync(March10, March10);

        summary.Totals.Sessions.ShouldBe(1);
        summary.Totals.TotalSeconds.ShouldBe(300);
        summary.Totals.Expired.ShouldBe(0);
    }

    [Fact]
    public async Task GetAsync_DayInBerlinWinter_CountsCasesByTheirLocalStart()
    {
        // 10 March 2026 in Berlin (UTC+1) is [9 March 23:00 UTC, 10 March 23:00 UTC).
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 9, 22, 59, 59), TimeSpan.FromMinutes(1)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 9, 23, 0, 0), TimeSpan.FromMinutes(2)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 22, 59, 59), TimeSpan.FromMinutes(4)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 23, 0, 0), TimeSpan.FromMinutes(8)));

        var berlin = await ReportAsync(March10, March10, Berlin);
        var utc = await ReportAsync(March10, March10);

        berlin.Totals.Sessions.ShouldBe(2);
        berlin.Totals.TotalSeconds.ShouldBe(6 * 60);
        berlin.Utc.ShouldBe(new UtcRange(Utc(2026, 3, 9, 23, 0, 0), Utc(2026, 3, 10, 23, 0, 0)));
        utc.Totals.Sessions.ShouldBe(2);
        utc.Totals.TotalSeconds.ShouldBe(12 * 60);
    }

    [Fact]
    public async Task GetAsync_SpringForwardDayInBerlin_Covers23Hours()
    {
        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST, so the day is [28 March 23:00 UTC, 29 March 22:00 UTC).
        var day = new DateOnly(2026, 3, 29);
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 28, 22, 59, 59), TimeSpan.FromMinutes(1)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 28, 23, 0, 0), TimeSpan.FromMinutes(2)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 29, 21, 59, 59), TimeSpan.FromMinutes(4)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 29, 22, 0, 0), TimeSpan.FromMinutes(8)));

        var summary = await ReportAsync(day, day, Berlin);

        (summary.Utc.End - summary.Utc.Start).ShouldBe(TimeSpan.FromHours(23));
        summary.Totals.Sessions.ShouldBe(2);
        summary.Totals.TotalSeconds.ShouldBe(6 * 60);
    }

    [Fact]
    public async Task GetAsync_FallBackDayInBerlin_Covers25Hours()
    {
        // 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET, so the day is [24 Oct 22:00 UTC, 25 Oct 23:00 UTC).
        var day = new DateOnly(2026, 10, 25);
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 10, 24, 21, 59, 59), TimeSpan.FromMinutes(1)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 10, 24, 22, 0, 0), TimeSpan.FromMinutes(2)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 10, 25, 22, 59, 59), TimeSpan.FromMinutes(4)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 10, 25, 23, 0, 0), TimeSpan.FromMinutes(8)));

        var summary = await ReportAsync(day, day, Berlin);

        (summary.Utc.End - summary.Utc.Start).ShouldBe(TimeSpan.FromHours(25));
        summary.Totals.Sessions.ShouldBe(2);
        summary.Totals.TotalSeconds.ShouldBe(6 * 60);
    }

    [Fact]
    public async Task GetAsync_SeveralDays_IncludesBothEndDays()
    {
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 1, 0, 0, 0), TimeSpan.FromMinutes(1)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 15, 12, 0, 0), TimeSpan.FromMinutes(2)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 31, 23, 59, 59), TimeSpan.FromMinutes(4)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 4, 1, 0, 0, 0), TimeSpan.FromMinutes(8)));

        var summary = await ReportAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        summary.Totals.Sessions.ShouldBe(3);
        summary.Totals.TotalSeconds.ShouldBe(7 * 60);
    }

    [Fact]
    public async Task GetAsync_OneTechnician_CountsOnlyTheirCases()
    {
        await ArrangeThreeTechniciansAsync();

        var summary = await ReportAsync(March10, March10, "UTC", Database.OtherTechnician);

        summary.AllTechnicians.ShouldBeFalse();
        summary.Totals.Sessions.ShouldBe(2);
        summary.Totals.TotalSeconds.ShouldBe(20 * 60 + 40 * 60);
        summary.Totals.AverageSeconds.ShouldBe(30 * 60);
        summary.ByTechnician.ShouldHaveSingleItem().Name.ShouldBe(Database.OtherTechnician.DisplayName);
    }

    [Fact]
    public async Task GetAsync_SeveralTechnicians_CountsTheirCasesAndListsEach()
    {
        await ArrangeThreeTechniciansAsync();

        var summary = await ReportAsync(March10, March10, "UTC", Database.Technician, Database.Admin);

        summary.Totals.Sessions.ShouldBe(2);
        summary.Totals.TotalSeconds.ShouldBe(10 * 60 + 90 * 60);
        summary.Totals.Expired.ShouldBe(1);
        summary.ByTechnician.Select(t => (t.Name, t.Sessions, t.TotalSeconds, t.Expired)).ShouldBe(
        [
            (Database.Admin.DisplayName, 1, 90 * 60L, 0),
            (Database.Technician.DisplayName, 1, 10 * 60L, 1),
        ]);
    }

    [Fact]
    public async Task GetAsync_AllTechnicians_CountsEveryonesCases()
    {
        await ArrangeThreeTechniciansAsync();

        var summary = await ReportAsync(March10, March10);

        summary.AllTechnicians.ShouldBeTrue();
        summary.Totals.Sessions.ShouldBe(4);
        summary.Totals.TotalSeconds.ShouldBe((10 + 20 + 40 + 90) * 60);
        summary.Totals.AverageSeconds.ShouldBe(40 * 60);
        summary.Totals.Expired.ShouldBe(1);
        summary.ByTechnician.Select(t => t.Name).ShouldBe([Database.Admin.DisplayName, Database.OtherTechnician.DisplayName, Database.Technician.DisplayName]);
    }

    [Fact]
    public async Task GetAsync_ChosenTechnicianWithoutSessions_IsListedWithZeros()
    {
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)));

        var summary = await ReportAsync(March10, March10, "UTC", Database.OtherTechnician);

        summary.Totals.ShouldBe(SessionTotals.Empty);
        summary.ByTechnician.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            t => t.Name.ShouldBe(Database.OtherTechnician.DisplayName), t => t.Sessions.ShouldBe(0));
        summary.ByCategory.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAsync_CasesOfARemovedAccount_StillCountUnderTheirRecordedName()
    {
        var ticket = await TicketAsync(1001);
        var removed = new TestUser("removed-account", "former@bossremote.test", "Former Colleague", "Technician");
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)),
            Case(ticket, removed).Closed(Utc(2026, 3, 10, 9, 0, 0), TimeSpan.FromMinutes(20)),
            Case(ticket, removed).Expired(Utc(2026, 3, 10, 10, 0, 0)));

        var summary = await ReportAsync(March10, March10);

        summary.Totals.Sessions.ShouldBe(2);
        summary.Totals.TotalSeconds.ShouldBe(30 * 60);
        summary.Totals.Expired.ShouldBe(1);
        summary.ByTechnician.Single(t => t.TechnicianId == removed.Id).ShouldSatisfyAllConditions(
            t => t.Name.ShouldBe("Former Colleague"), t => t.Sessions.ShouldBe(1), t => t.Expired.ShouldBe(1));
    }

    [Fact]
    public async Task GetAsync_OnlyAnExpiredCaseOfARemovedAccount_IsStillCounted()
    {
        var ticket = await TicketAsync(1001);
        var removed = new TestUser("removed-account", "former@bossremote.test", "Former Colleague", "Technician");
        await AddCasesAsync(Case(ticket, removed).Expired(Utc(2026, 3, 10, 10, 0, 0)));

        var summary = await ReportAsync(March10, March10);

        summary.Totals.Expired.ShouldBe(1);
        summary.ByTechnician.ShouldHaveSingleItem().Name.ShouldBe("Former Colleague");
    }

    [Fact]
    public async Task GetAsync_Breakdowns_GroupByTheTicketsCategoryTypePriorityAndSource()
    {
        var network = await TicketAsync(1001, "Network", TicketType.Incident, TicketPriority.High, TicketSource.Phone);
        var printer = await TicketAsync(1002, "Printer", TicketType.ServiceRequest, TicketPriority.Low, TicketSource.Email);
        var network2 = await TicketAsync(1003, "Network", TicketType.ServiceRequest, TicketPriority.Urgent, TicketSource.Phone);
        await AddCasesAsync(
            Case(network, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)),
            Case(network, Database.Technician).Closed(Utc(2026, 3, 10, 9, 0, 0), TimeSpan.FromMinutes(20)),
            Case(printer, Database.Technician).Closed(Utc(2026, 3, 10, 10, 0, 0), TimeSpan.FromMinutes(5)),
            Case(network2, Database.OtherTechnician).Closed(Utc(2026, 3, 10, 11, 0, 0), TimeSpan.FromMinutes(60)),
            Case(printer, Database.OtherTechnician).Expired(Utc(2026, 3, 10, 12, 0, 0)));

        var summary = await ReportAsync(March10, March10);

        Rows(summary.ByCategory).ShouldBe([("Network", 3, 90 * 60L, 30 * 60L), ("Printer", 1, 5 * 60L, 5 * 60L)]);
        Rows(summary.ByType).ShouldBe([("Incident", 2, 30 * 60L, 15 * 60L), ("Service Request", 2, 65 * 60L, 1950L)]);
        Rows(summary.ByPriority).ShouldBe([("Urgent", 1, 60 * 60L, 60 * 60L), ("High", 2, 30 * 60L, 15 * 60L), ("Low", 1, 5 * 60L, 5 * 60L)]);
        Rows(summary.BySource).ShouldBe([("E-mail", 1, 5 * 60L, 5 * 60L), ("Phone", 3, 90 * 60L, 30 * 60L)]);
    }

    [Fact]
    public async Task GetAsync_ConnectedTime_IsSummedWhereTeamViewerReportedIt()
    {
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)).Connected(TimeSpan.FromMinutes(7)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 9, 0, 0), TimeSpan.FromMinutes(20)),
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 10, 0, 0), TimeSpan.FromMinutes(30)).Connected(TimeSpan.FromSeconds(1500)));

        var summary = await ReportAsync(March10, March10);

        summary.Totals.ConnectedSessions.ShouldBe(2);
        summary.Totals.ConnectedSeconds.ShouldBe(7 * 60 + 1500);
        summary.Totals.TotalSeconds.ShouldBe(60 * 60);
    }

    [Fact]
    public async Task GetAsync_AsTechnician_IsRefused()
    {
        var technician = PrincipalBuilder.Technician().For(Database.Technician).Build();

        var act = () => Service.GetAsync(technician, Query(March10, March10, "UTC"));

        await act.ShouldThrowAsync<AccessDeniedException>();
    }

    [Fact]
    public async Task GetAsync_AsAdmin_IsAllowed()
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();

        var summary = await Service.GetAsync(admin, Query(March10, March10, "UTC"));

        summary.Totals.ShouldBe(SessionTotals.Empty);
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-09", "UTC")]
    [InlineData("2026-03-10", "2026-03-10", "Mars/Olympus_Mons")]
    public async Task GetAsync_InvalidQuery_ThrowsArgumentException(string from, string to, string zone)
    {
        var act = () => Service.GetAsync(Supervisor(), Query(DateOnly.Parse(from), DateOnly.Parse(to), zone));

        await act.ShouldThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task GetAsync_RatingRequests_AverageAndResponseRatePerTechnicianBreakdownAndInAll()
    {
        await ArrangeRatingsAsync();

        var summary = await ReportAsync(March10, March10);

        // By hand: Taylor asked 3 times, answered 4 and 5; Maria asked once, answered 2; Alex never asked.
        Ratings(summary.ByTechnician.Single(t => t.TechnicianId == Database.Technician.Id).Ratings).ShouldBe((3, 2, 4.5, 2 / 3.0));
        Ratings(summary.ByTechnician.Single(t => t.TechnicianId == Database.OtherTechnician.Id).Ratings).ShouldBe((1, 1, 2.0, 1.0));
        var alex = summary.ByTechnician.Single(t => t.TechnicianId == Database.Admin.Id).Ratings;
        Ratings(alex).ShouldBe((0, 0, null, null));
        (alex.AverageText, alex.ResponseRateText).ShouldBe(("–", "–"));
        Ratings(summary.Totals.Ratings).ShouldBe((4, 3, 11 / 3.0, 0.75));
        Ratings(summary.ByCategory.Single(g => g.Name == "Printer").Ratings).ShouldBe((2, 2, 4.5, 1.0));
        Ratings(summary.ByCategory.Single(g => g.Name == "Network").Ratings).ShouldBe((2, 1, 2.0, 0.5));
        Ratings(summary.ByPriority.Single(g => g.Key == (int)TicketPriority.High).Ratings).ShouldBe((2, 1, 2.0, 0.5));
        summary.Totals.Sessions.ShouldBe(6); // the sessions themselves as before
    }

    [Fact]
    public async Task GetAsync_RatingsOfChosenTechnician_CountOnlyTheirs()
    {
        await ArrangeRatingsAsync();

        var summary = await ReportAsync(March10, March10, "UTC", Database.OtherTechnician);

        Ratings(summary.Totals.Ratings).ShouldBe((1, 1, 2.0, 1.0));
        Ratings(summary.ByCategory.Single(g => g.Name == "Network").Ratings).ShouldBe((1, 1, 2.0, 1.0));
        summary.ByCategory.ShouldNotContain(g => g.Name == "Printer");
    }

    [Fact]
    public async Task GetAsync_RatingsOfCasesOutsideTheRange_AreLeftOut()
    {
        await ArrangeRatingsAsync();

        var summary = await ReportAsync(March10.AddDays(1), March10.AddDays(1));

        Ratings(summary.Totals.Ratings).ShouldBe((1, 1, 1.0, 1.0)); // the one case of March 11, rated 1
    }

    /// <summary>
    /// March 10: Taylor's cases on a printer ticket rated 4 and 5, one on a network ticket asked but not answered, one not
    /// asked; Maria's on the network ticket rated 2; Alex's not asked. March 11: Alex's case rated 1.
    /// </summary>
    private async Task ArrangeRatingsAsync()
    {
        var printer = await TicketAsync(1001, "Printer");
        var network = await TicketAsync(1002, "Network", priority: TicketPriority.High);
        var cases = new[]
        {
            Case(printer, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)).Build(),
            Case(printer, Database.Technician).Closed(Utc(2026, 3, 10, 9, 0, 0), TimeSpan.FromMinutes(10)).Build(),
            Case(network, Database.Technician).Closed(Utc(2026, 3, 10, 10, 0, 0), TimeSpan.FromMinutes(10)).Build(),
            Case(network, Database.Technician).Closed(Utc(2026, 3, 10, 11, 0, 0), TimeSpan.FromMinutes(10)).Build(),
            Case(network, Database.OtherTechnician).Closed(Utc(2026, 3, 10, 12, 0, 0), TimeSpan.FromMinutes(10)).Build(),
            Case(network, Database.Admin).Closed(Utc(2026, 3, 10, 13, 0, 0), TimeSpan.FromMinutes(10)).Build(),
            Case(network, Database.Admin).Closed(Utc(2026, 3, 11, 13, 0, 0), TimeSpan.FromMinutes(10)).Build(),
        };
        await using var db = Database.CreateDbContext();
        db.ServiceCases.AddRange(cases);
        await db.SaveChangesAsync();
        foreach (var (index, rating) in new (int, int?)[] { (0, 4), (1, 5), (2, null), (4, 2), (6, 1) })
        {
            var request = SatisfactionRequest.For(cases[index].Id, Now);
            if (rating is { } answer)
            {
                request.Answer(answer, "fine", Now);
            }

            db.SatisfactionRequests.Add(request);
        }

        await db.SaveChangesAsync();
    }

    private static (int, int, double?, double?) Ratings(SatisfactionFigures figures) =>
        (figures.Requested, figures.Answered, figures.AverageRating, figures.ResponseRate);

    private async Task ArrangeThreeTechniciansAsync()
    {
        var ticket = await TicketAsync(1001);
        await AddCasesAsync(
            Case(ticket, Database.Technician).Closed(Utc(2026, 3, 10, 8, 0, 0), TimeSpan.FromMinutes(10)),
            Case(ticket, Database.Technician).Expired(Utc(2026, 3, 10, 8, 30, 0)),
            Case(ticket, Database.OtherTechnician).Closed(Utc(2026, 3, 10, 9, 0, 0), TimeSpan.FromMinutes(20)),
            Case(ticket, Database.OtherTechnician).Closed(Utc(2026, 3, 10, 10, 0, 0), TimeSpan.FromMinutes(40)),
            Case(ticket, Database.Admin).Closed(Utc(2026, 3, 10, 11, 0, 0), TimeSpan.FromMinutes(90)),
            Case(ticket, Database.Admin).Closed(Utc(2026, 3, 11, 11, 0, 0), TimeSpan.FromMinutes(15)));
    }

    private async Task<int> TicketAsync(
        int number, string category = "Support", TicketType type = TicketType.Incident,
        TicketPriority priority = TicketPriority.Medium, TicketSource source = TicketSource.Email)
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(number).WithCategory(Database.CategoryId(category))
            .WithType(type).WithPriority(priority).WithSource(source).Build());
        return (await Database.LoadTicketAsync(number)).Id;
    }

    private static ServiceCaseBuilder Case(int ticketId, TestUser technician) => new(ticketId, technician);

    private async Task AddCasesAsync(params ServiceCaseBuilder[] cases)
    {
        await using var db = Database.CreateDbContext();
        db.ServiceCases.AddRange(cases.Select(c => c.Build()));
        await db.SaveChangesAsync();
    }

    private Task<SessionSummary> ReportAsync(DateOnly from, DateOnly to, string zone = "UTC", params TestUser[] technicians) =>
        Service.GetAsync(Supervisor(), Query(from, to, zone, technicians));

    private static SessionSummaryQuery Query(DateOnly from, DateOnly to, string zone, params TestUser[] technicians) =>
        new([.. technicians.Select(t => t.Id)], new DayRange(from, to), zone);

    private ClaimsPrincipal Supervisor() => PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    private static IEnumerable<(string, int, long, long)> Rows(IEnumerable<SessionGroup> groups) =>
        groups.Select(g => (g.Name, g.Sessions, g.TotalSeconds, g.AverageSeconds));

    public sealed class OnSqlite(SqliteTestDatabase database) : SessionSummaryServiceTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : SessionSummaryServiceTests(database), IClassFixture<PostgresTestDatabase>;
}
