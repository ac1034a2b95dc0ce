using System.Security.Claims;
using BossRemote.Core.Reports;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.Reports;

/// <summary>
/// The session report's rollup (ADR-018): every save that changes what the report counts changes the rollup in the same
/// transaction, the backfill builds the same rows from the cases, and the report read from it equals a count of the
/// cases themselves, in any time zone.
/// </summary>
public abstract class SessionRollupTests(TestDatabase database) : DatabaseTestBase(database)
{
    private static readonly DateTime March10 = new(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc);

    private SessionSummaryService Service => new(Database.Factory, Access);

    [Fact]
    public async Task SaveChangesAsync_CaseEnds_AddsItToTheRollup()
    {
        var ticket = await TicketAsync(2001, "Printer", TicketPriority.High);
        var caseId = await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Open(March10));

        await using (var db = Database.CreateDbContext())
        {
            var serviceCase = await db.ServiceCases.Include(c => c.Ticket).SingleAsync(c => c.Id == caseId);
            serviceCase.End(ServiceCaseState.Closed, March10.AddMinutes(12), "Taylor Reed", false, 300);
            await db.SaveChangesAsync();
        }

        var rows = await RollupAsync();
        var day = SessionRollup.DayOf(March10);
        var month = SessionRollup.DayOf(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        var ticks = TimeSpan.FromMinutes(12).Ticks;
        rows.ShouldContain(new Row(Database.Technician.Id, SessionRollupGrain.Day, day, SessionRollupKind.Technician, (int)ServiceCaseState.Closed, 1, ticks, 1, 300));
        rows.ShouldContain(new Row(Database.Technician.Id, SessionRollupGrain.Day, day, SessionRollupKind.Category, Database.CategoryId("Printer"), 1, ticks, 1, 300));
        rows.ShouldContain(new Row(SessionRollup.AllTechnicians, SessionRollupGrain.Day, day, SessionRollupKind.Priority, (int)TicketPriority.High, 1, ticks, 1, 300));
        rows.ShouldContain(new Row(Database.Technician.Id, SessionRollupGrain.Month, month, SessionRollupKind.Technician, (int)ServiceCaseState.Closed, 1, ticks, 1, 300));
        rows.ShouldContain(new Row(SessionRollup.AllTechnicians, SessionRollupGrain.Month, month, SessionRollupKind.Source, (int)TicketSource.Email, 1, ticks, 1, 300));
        rows.Count.ShouldBe(18);
    }

    [Fact]
    public async Task SaveChanges_SynchronousSaveOfAnEndingCase_AddsItToTheRollupToo()
    {
        var ticket = await TicketAsync(2001, "Printer", TicketPriority.High);
        var caseId = await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Open(March10));

        await using (var db = Database.CreateDbContext())
        {
            var serviceCase = await db.ServiceCases.Include(c => c.Ticket).SingleAsync(c => c.Id == caseId);
            serviceCase.End(ServiceCaseState.Closed, March10.AddMinutes(12), "Taylor Reed", false, 300);
            db.SaveChanges();
        }

        (await RollupAsync()).ShouldContain(new Row(Database.Technician.Id, SessionRollupGrain.Day, SessionRollup.DayOf(March10),
            SessionRollupKind.Technician, (int)ServiceCaseState.Closed, 1, TimeSpan.FromMinutes(12).Ticks, 1, 300));
    }

    [Fact]
    public async Task SaveChangesAsync_CaseExpires_CountsItPerTechnicianOnly()
    {
        var ticket = await TicketAsync(2001);
        var caseId = await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Open(March10));

        await using (var db = Database.CreateDbContext())
        {
            var serviceCase = await db.ServiceCases.SingleAsync(c => c.Id == caseId);
            serviceCase.End(ServiceCaseState.Expired, March10.AddHours(24), "BossRemote", false, null);
            await db.SaveChangesAsync();
        }

        var rows = await RollupAsync();
        rows.Select(r => r.Grain).ShouldBe([SessionRollupGrain.Day, SessionRollupGrain.Month], ignoreOrder: true);
        rows.ShouldAllBe(r => r.TechnicianId == Database.Technician.Id && r.Kind == SessionRollupKind.Technician
            && r.Value == (int)ServiceCaseState.Expired && r.Sessions == 1 && r.ConnectedSessions == 0);
    }

    [Fact]
    public async Task SaveChangesAsync_OpenCase_LeavesTheRollupAlone()
    {
        var ticket = await TicketAsync(2001);

        await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Open(March10));

        (await RollupAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task SaveChangesAsync_TicketFieldsChange_MovesItsClosedCasesBetweenBreakdowns()
    {
        var ticket = await TicketAsync(2001, "Printer", TicketPriority.High);
        await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Closed(March10, TimeSpan.FromMinutes(10)));
        await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.OtherTechnician).Closed(March10.AddDays(1), TimeSpan.FromMinutes(20)));
        await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Expired(March10.AddDays(2)));

        await using (var db = Database.CreateDbContext())
        {
            var stored = await db.Tickets.SingleAsync(t => t.Id == ticket);
            stored.CategoryId = Database.CategoryId("Network");
            stored.Priority = TicketPriority.Low;
            await db.SaveChangesAsync();
        }

        var summary = await ReportAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        summary.ByCategory.Select(g => (g.Name, g.Sessions, g.TotalSeconds)).ShouldBe([("Network", 2, 1800L)]);
        summary.ByPriority.Select(g => (g.Name, g.Sessions)).ShouldBe([(TicketPriority.Low.Text(), 2)]);
        summary.Totals.Expired.ShouldBe(1);
        await ShouldEqualTheBackfillAsync();
    }

    [Fact]
    public async Task SaveChangesAsync_ReportedCaseDeleted_TakesItAway()
    {
        var ticket = await TicketAsync(2001);
        var caseId = await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Closed(March10, TimeSpan.FromMinutes(10)));

        await using (var db = Database.CreateDbContext())
        {
            db.ServiceCases.Remove(await db.ServiceCases.SingleAsync(c => c.Id == caseId));
            await db.SaveChangesAsync();
        }

        (await RollupAsync()).ShouldAllBe(r => r.Sessions == 0 && r.Ticks == 0);
        (await ReportAsync(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10))).Totals.ShouldBe(SessionTotals.Empty);
    }

    [Fact]
    public async Task SaveChangesAsync_TicketAndCasesAddedTogether_UseTheNewTicketsFields()
    {
        await using (var db = Database.CreateDbContext())
        {
            var ticket = new TicketBuilder().WithNumber(2001).WithCategory(Database.CategoryId("Software")).WithSource(TicketSource.Phone).Build();
            db.Tickets.Add(ticket);
            var serviceCase = new ServiceCaseBuilder(0, Database.Technician).Closed(March10, TimeSpan.FromMinutes(5)).Build();
            serviceCase.Ticket = ticket;
            db.ServiceCases.Add(serviceCase);
            await db.SaveChangesAsync();
        }

        var summary = await ReportAsync(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 11));

        summary.ByCategory.Select(g => (g.Name, g.Sessions)).ShouldBe([("Software", 1)]);
        summary.BySource.Select(g => (g.Name, g.Sessions)).ShouldBe([(TicketSource.Phone.Text(), 1)]);
        await ShouldEqualTheBackfillAsync();
    }

    [Theory]
    [InlineData("Asia/Kathmandu", 18, 14)]
    [InlineData("America/St_Johns", 2, 29)]
    public async Task GetAsync_LocalMidnightOffTheHour_ReadsThePartialDaysFromTheCases(string zone, int hour, int minute)
    {
        // 10 March starts at 18:15 UTC on 9 March in Kathmandu (+5:45), at 02:30 UTC in St. John's (−2:30 since 8 March).
        var ticket = await TicketAsync(2001);
        var midnight = new DateTime(2026, 3, 9 + (hour < 12 ? 1 : 0), hour, minute, 59, DateTimeKind.Utc).AddSeconds(1);
        await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Closed(midnight.AddTicks(-1), TimeSpan.FromMinutes(1)));
        await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Closed(midnight, TimeSpan.FromMinutes(2)));
        await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Closed(midnight.AddDays(2).AddTicks(-1), TimeSpan.FromMinutes(4)));
        await AddCaseAsync(new ServiceCaseBuilder(ticket, Database.Technician).Closed(midnight.AddDays(2), TimeSpan.FromMinutes(8)));

        var summary = await ReportAsync(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11), zone);

        summary.Utc.Start.ShouldBe(midnight);
        summary.Totals.Sessions.ShouldBe(2);
        summary.Totals.TotalSeconds.ShouldBe(6 * 60);
        summary.ByType.Single().Sessions.ShouldBe(2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task GetAsync_RandomCasesAndEdits_EqualsACountOfTheCasesInEveryZone(int seed)
    {
        var random = new Random(seed);
        await AddRandomHistoryAsync(random);

        await ShouldEqualTheBackfillAsync();
        string[] zones = ["UTC", "Europe/Berlin", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "America/Los_Angeles"];
        List<(DateOnly From, DateOnly To)> ranges =
        [
            (new(2026, 3, 29), new(2026, 3, 29)), // Europe's spring-forward day: 23 hours in Berlin
            (new(2026, 3, 8), new(2026, 3, 8)), // America's
            (new(2026, 3, 1), new(2026, 4, 30)),
            (new(2026, 2, 20), new(2026, 5, 10)),
        ];
        for (var i = 0; i < 4; i++)
        {
            var from = new DateOnly(2026, 3, 1).AddDays(random.Next(50));
            ranges.Add((from, from.AddDays(random.Next(15))));
        }

        var cases = await CasesAsync();
        TestUser[][] technicians = [[], [Database.Technician], [Database.OtherTechnician, Database.Admin]];
        foreach (var zone in zones)
        {
            foreach (var (from, to) in ranges)
            {
                foreach (var chosen in technicians)
                {
                    var summary = await ReportAsync(from, to, zone, chosen);

                    Figures(summary).ShouldBe(
                        Expected(cases, summary.Utc, [.. chosen.Select(t => t.Id)]), ignoreOrder: true, $"{zone} {from}–{to}, {chosen.Length} chosen");
                }
            }
        }
    }

    /// <summary>
    /// Cases over March and April 2026 on a few tickets, by four technicians (one of whom no longer has an account),
    /// then what happens to them afterwards: some open cases end, tickets change fields, a few cases are deleted.
    /// </summary>
    private async Task AddRandomHistoryAsync(Random random)
    {
        string[] categories = ["Support", "PC", "Network", "Printer"];
        var tickets = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            tickets.Add(await TicketAsync(
                3000 + i, categories[random.Next(categories.Length)], (TicketPriority)random.Next(4), (TicketType)random.Next(3),
                (TicketSource)random.Next(4)));
        }

        var removed = new TestUser(Guid.NewGuid().ToString(), "gone@bossremote.test", "Former Colleague", "Technician");
        var people = new[] { Database.Technician, Database.OtherTechnician, Database.Admin, removed };
        var start = new DateTime(2026, 2, 25, 0, 0, 0, DateTimeKind.Utc);
        await using (var db = Database.CreateDbContext())
        {
            var openTickets = new HashSet<int>();
            for (var i = 0; i < 400; i++)
            {
                var ticket = tickets[random.Next(tickets.Count)];
                var builder = new ServiceCaseBuilder(ticket, people[random.Next(people.Length)]);
                var at = start.AddMinutes(random.Next(70 * 24 * 60)).AddSeconds(random.Next(60)).AddTicks(random.Next(10_000_000));
                var kind = random.Next(10);
                if (kind < 6)
                {
                    builder.Closed(at, TimeSpan.FromSeconds(random.Next(30, 7200)) + TimeSpan.FromTicks(random.Next(10_000_000)));
                    if (random.Next(3) > 0)
                    {
                        builder.Connected(TimeSpan.FromSeconds(random.Next(0, 3600)));
                    }
                }
                else if (kind < 8)
                {
                    builder.Expired(at);
                }
                else if (openTickets.Add(ticket))
                {
                    builder.Open(at);
                }
                else
                {
                    continue;
                }

                db.ServiceCases.Add(builder.Build());
            }

            await db.SaveChangesAsync();
        }

        await using (var db = Database.CreateDbContext())
        {
            foreach (var open in await db.ServiceCases.Include(c => c.Ticket).Where(c => c.State == ServiceCaseState.Active).ToListAsync())
            {
                if (random.Next(2) == 0)
                {
                    open.End(ServiceCaseState.Closed, open.CreatedAt.AddMinutes(random.Next(1, 90)), "Someone", false, random.Next(2) == 0 ? null : 60);
                }
            }

            foreach (var ticket in await db.Tickets.Where(t => tickets.Contains(t.Id)).ToListAsync())
            {
                if (random.Next(2) == 0)
                {
                    ticket.CategoryId = Database.CategoryId(categories[random.Next(categories.Length)]);
                    ticket.Type = (TicketType)random.Next(3);
                    ticket.Touch(start);
                }
            }

            await db.SaveChangesAsync();
        }

        await using (var db = Database.CreateDbContext())
        {
            var doomed = await db.ServiceCases.OrderBy(c => c.Id).Where(c => c.State == ServiceCaseState.Closed).Take(5).ToListAsync();
            db.ServiceCases.RemoveRange(doomed);
            var ticket = await db.Tickets.FirstAsync(t => t.Id == tickets[0]);
            ticket.Priority = ticket.Priority == TicketPriority.Urgent ? TicketPriority.Low : TicketPriority.Urgent;
            ticket.Source = TicketSource.UserPortal;
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Every figure of the summary, keyed so two summaries compare line by line.</summary>
    private static List<string> Figures(SessionSummary summary) =>
    [
        $"total {summary.Totals}",
        .. summary.ByTechnician.Select(t => $"technician {t.TechnicianId} {t.Sessions} {t.TotalSeconds} {t.ConnectedSessions} {t.ConnectedSeconds} {t.Expired}"),
        .. summary.ByCategory.Select(g => $"category {g.Key} {g.Sessions} {g.TotalSeconds}"),
        .. summary.ByType.Select(g => $"type {g.Key} {g.Sessions} {g.TotalSeconds}"),
        .. summary.ByPriority.Select(g => $"priority {g.Key} {g.Sessions} {g.TotalSeconds}"),
        .. summary.BySource.Select(g => $"source {g.Key} {g.Sessions} {g.TotalSeconds}"),
    ];

    /// <summary>The same figures counted from the cases and tickets in memory, the plain way.</summary>
    private List<string> Expected(List<(ServiceCase Case, Ticket Ticket)> all, UtcRange utc, List<string> chosen)
    {
        var inRange = all.Where(x => utc.Contains(x.Case.CreatedAt) && (chosen.Count == 0 || chosen.Contains(x.Case.CreatedById))).ToList();
        var closed = inRange.Where(x => x.Case.State == ServiceCaseState.Closed).ToList();
        var expired = inRange.Where(x => x.Case.State == ServiceCaseState.Expired).ToList();
        var knownIds = new HashSet<string>(new[] { Database.Technician, Database.OtherTechnician, Database.Admin }.Select(t => t.Id));
        var ids = closed.Concat(expired).Select(x => x.Case.CreatedById).Concat(chosen).Distinct().ToList();
        var technicians = ids.Select(id =>
        {
            var mine = closed.Where(x => x.Case.CreatedById == id).ToList();
            return (Id: id, Sessions: mine.Count, Seconds: SessionMath.Seconds(mine.Sum(x => x.Case.DurationTicks!.Value)),
                Connected: mine.Count(x => x.Case.ConnectedSeconds != null), ConnectedSeconds: mine.Sum(x => (long)(x.Case.ConnectedSeconds ?? 0)),
                Expired: expired.Count(x => x.Case.CreatedById == id));
        }).Where(t => knownIds.Contains(t.Id) || t.Sessions + t.Expired > 0).ToList();
        var totals = new SessionTotals(
            technicians.Sum(t => t.Sessions), technicians.Sum(t => t.Seconds), technicians.Sum(t => t.Connected),
            technicians.Sum(t => t.ConnectedSeconds), technicians.Sum(t => t.Expired));

        IEnumerable<string> Breakdown(string name, Func<Ticket, int> key) => closed
            .GroupBy(x => key(x.Ticket))
            .Select(g => (Key: g.Key, Count: g.Count(), Seconds: SessionMath.Seconds(g.Sum(x => x.Case.DurationTicks!.Value))))
            .Select(g => $"{name} {g.Key} {g.Count} {g.Seconds}");

        return
        [
            $"total {totals}",
            .. technicians.Select(t => $"technician {t.Id} {t.Sessions} {t.Seconds} {t.Connected} {t.ConnectedSeconds} {t.Expired}"),
            .. Breakdown("category", t => t.CategoryId),
            .. Breakdown("type", t => (int)t.Type),
            .. Breakdown("priority", t => (int)t.Priority),
            .. Breakdown("source", t => (int)t.Source),
        ];
    }

    private async Task ShouldEqualTheBackfillAsync()
    {
        var maintained = (await RollupAsync()).Where(r => r.Sessions != 0 || r.Ticks != 0).ToList();

        await using (var db = Database.CreateDbContext())
        {
            await SessionRollupBackfill.RebuildAsync(db);
        }

        (await RollupAsync()).ShouldBe(maintained, ignoreOrder: true);
    }

    private async Task<List<(ServiceCase, Ticket)>> CasesAsync()
    {
        await using var db = Database.CreateDbContext();
        return [.. (await db.ServiceCases.AsNoTracking().Include(c => c.Ticket).ToListAsync()).Select(c => (c, c.Ticket!))];
    }

    private async Task<List<Row>> RollupAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.SessionRollups.AsNoTracking()
            .Select(r => new Row(r.TechnicianId, r.Grain, r.Day, r.Kind, r.Value, r.Sessions, r.DurationTicks, r.ConnectedSessions, r.ConnectedSeconds))
            .ToListAsync();
    }

    private async Task<int> TicketAsync(
        int number, string category = "Support", TicketPriority priority = TicketPriority.Medium,
        TicketType type = TicketType.Incident, TicketSource source = TicketSource.Email)
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(number).WithCategory(Database.CategoryId(category))
            .WithType(type).WithPriority(priority).WithSource(source).Build());
        return (await Database.LoadTicketAsync(number)).Id;
    }

    private async Task<long> AddCaseAsync(ServiceCaseBuilder builder)
    {
        await using var db = Database.CreateDbContext();
        var serviceCase = builder.Build();
        db.ServiceCases.Add(serviceCase);
        await db.SaveChangesAsync();
        return serviceCase.Id;
    }

    private Task<SessionSummary> ReportAsync(DateOnly from, DateOnly to, string zone = "UTC", params TestUser[] technicians) =>
        Service.GetAsync(Supervisor(), new SessionSummaryQuery([.. technicians.Select(t => t.Id)], new DayRange(from, to), zone));

    private ClaimsPrincipal Supervisor() => PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

    private sealed record Row(
        string TechnicianId, SessionRollupGrain Grain, int Day, SessionRollupKind Kind, int Value, int Sessions, long Ticks, int ConnectedSessions, long ConnectedSeconds);

    public sealed class OnSqlite(SqliteTestDatabase database) : SessionRollupTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : SessionRollupTests(database), IClassFixture<PostgresTestDatabase>;
}
