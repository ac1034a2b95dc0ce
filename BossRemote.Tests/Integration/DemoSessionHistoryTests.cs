using System.Text.RegularExpressions;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration;

public abstract partial class DemoSessionHistoryTests
{
    private readonly BossRemoteWebFactory _factory;

    protected DemoSessionHistoryTests(BossRemoteWebFactory factory)
    {
        _factory = factory;
        _ = factory.Server; // start the host: migrations and seeders run before it serves
    }

    [Fact]
    public async Task Start_DemoOn_CreatesSixMonthsOfClosedAndExpiredSessionsForTheDemoTechnicians()
    {
        await using var db = _factory.CreateDbContext();
        var now = DateTime.UtcNow;

        var cases = await db.ServiceCases.AsNoTracking().Include(c => c.Ticket).ToListAsync();

        cases.Count.ShouldBeGreaterThan(300);
        cases.ShouldAllBe(c => c.State == ServiceCaseState.Closed || c.State == ServiceCaseState.Expired);
        cases.Count(c => c.State == ServiceCaseState.Expired).ShouldBeInRange(cases.Count / 50, cases.Count / 5);
        cases.Min(c => c.CreatedAt).ShouldBeLessThan(now.AddDays(-170));
        cases.Max(c => c.CreatedAt).ShouldBeGreaterThan(now.AddDays(-7));
        var technicians = DemoUsers.All.Where(u => u.Role == Roles.Technician).Select(u => u.DisplayName).ToList();
        cases.Select(c => c.CreatedByName).Distinct().Order().ShouldBe(technicians.Order());
    }

    [Fact]
    public async Task Start_DemoOn_EverySessionIsPlausible()
    {
        await using var db = _factory.CreateDbContext();

        var cases = await db.ServiceCases.AsNoTracking().Include(c => c.Ticket).ToListAsync();

        cases.ShouldAllBe(c => SessionCode().IsMatch(c.SessionCode!));
        cases.ShouldAllBe(c => c.CreatedAt > c.Ticket!.CreatedAt);
        cases.Where(c => c.State == ServiceCaseState.Closed).ShouldAllBe(c =>
            c.EndedAt - c.CreatedAt >= TimeSpan.FromMinutes(3) && c.EndedAt - c.CreatedAt <= TimeSpan.FromHours(2));
        cases.Where(c => c.State == ServiceCaseState.Expired).ShouldAllBe(c => c.EndedAt == c.ValidUntil);
        cases.Where(c => c.ConnectedSeconds != null).ShouldAllBe(c => c.ConnectedSeconds <= (c.EndedAt - c.CreatedAt)!.Value.TotalSeconds);
    }

    [Fact]
    public async Task Start_DemoOn_EachSessionHasItsSystemNotes()
    {
        await using var db = _factory.CreateDbContext();

        var cases = await db.ServiceCases.CountAsync();
        var notes = await db.TicketNotes.CountAsync(n => n.Kind == TicketNoteKind.System && n.ServiceCaseId != null);

        notes.ShouldBe(2 * cases);
    }

    [Fact]
    public async Task Seeders_RunAgainAsOnARestart_AddNoSessions()
    {
        int before;
        await using (var db = _factory.CreateDbContext())
        {
            before = await db.ServiceCases.CountAsync();
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        await using var after = _factory.CreateDbContext();
        (await after.ServiceCases.CountAsync()).ShouldBe(before);
    }

    [GeneratedRegex(@"^s\d{3}-\d{3}-\d{3}$")]
    private static partial Regex SessionCode();

    public sealed class OnSqlite(BossRemoteWebFactory factory) : DemoSessionHistoryTests(factory), IClassFixture<BossRemoteWebFactory>;

    public sealed class OnPostgres(PostgresWebFactory factory) : DemoSessionHistoryTests(factory), IClassFixture<PostgresWebFactory>;
}
