using BossRemote.Core.Audit;
using BossRemote.Core.ServiceCases;
using BossRemote.Tests.TestSupport;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

public abstract class ServiceCaseExpiryTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    [Fact]
    public async Task ExpireAsync_BeforeValidUntil_LeavesTheCaseActive()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        var expired = await Expiry.ExpireAsync(started.Id);

        expired.ShouldBeFalse();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task ExpireAsync_AtValidUntil_ExpiresWithANoteAndReenablesPlay()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromHours(24));

        var expired = await Expiry.ExpireAsync(started.Id);

        expired.ShouldBeTrue();
        var stored = (await CasesAsync()).Single();
        stored.State.ShouldBe(ServiceCaseState.Expired);
        stored.EndedAt.ShouldBe(started.ValidUntil);
        (await Database.LoadTicketAsync(TicketNumber)).Notes.OrderBy(n => n.Id).Last().Body
            .ShouldStartWith($"TeamViewer service case {started.SessionCode} expired without being stopped.");
        var audit = (await AuditEntriesAsync()).Last();
        audit.Action.ShouldBe(AuditActions.CaseExpired);
        audit.ActorName.ShouldBe(AuditLog.SystemActor);
        (await Reader.GetWidgetAsync(Technician(), stored.TicketId)).State.ShouldBe(TeamViewerWidgetState.Ready);
    }

    [Fact]
    public async Task ExpiryJob_StartedUnderASecondEarly_RunsAgainJustAfterTheCasesTime()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMilliseconds(800));
        Jobs.ClearReceivedCalls();

        await new ServiceCaseExpiryJob(Expiry, Jobs).ExecuteAsync(started.Id, CancellationToken.None);

        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
        var again = Jobs.ReceivedCalls().Select(c => c.GetArguments()[1]).OfType<ScheduledState>().ShouldHaveSingleItem();
        again.EnqueueAt.ShouldBeGreaterThan(started.ValidUntil!.Value);
        again.EnqueueAt.ShouldBeLessThanOrEqualTo(started.ValidUntil.Value.AddSeconds(1));
        again.EnqueueAt.Ticks.ShouldBe(again.EnqueueAt.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, "a whole second");
    }

    [Fact]
    public async Task ExpiryJob_CaseDueLater_NeitherExpiresNorSchedules()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromHours(23));
        Jobs.ClearReceivedCalls();

        await new ServiceCaseExpiryJob(Expiry, Jobs).ExecuteAsync(started.Id, CancellationToken.None);

        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
        Jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task ExpiryJob_AtTheCasesTime_ExpiresItWithoutScheduling()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromHours(24));
        Jobs.ClearReceivedCalls();

        await new ServiceCaseExpiryJob(Expiry, Jobs).ExecuteAsync(started.Id, CancellationToken.None);

        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Expired);
        Jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task ExpireAsync_RunTwice_WritesOneNote()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromHours(25));

        await Expiry.ExpireAsync(started.Id);
        var again = await Expiry.ExpireAsync(started.Id);

        again.ShouldBeFalse();
        (await Database.LoadTicketAsync(TicketNumber)).Notes.Count(n => n.Body.Contains("expired")).ShouldBe(1);
    }

    [Fact]
    public async Task ExpireAsync_CaseStoppedMeanwhile_LeavesItClosed()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        await Stopper.StopAsync(Technician(), TicketNumber);
        Clock.Advance(TimeSpan.FromHours(25));

        var expired = await Expiry.ExpireAsync(started.Id);

        expired.ShouldBeFalse();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
    }

    [Fact]
    public async Task SweepAsync_AfterDowntime_ExpiresEveryOverdueCaseAndNothingElse()
    {
        var overdueCode = await ArrangeCaseAsync(1050, createdHoursAgo: 30);
        var alsoOverdueCode = await ArrangeCaseAsync(1051, createdHoursAgo: 24);
        var freshCode = await ArrangeCaseAsync(1052, createdHoursAgo: 2);

        var expired = await Expiry.SweepAsync();

        expired.ShouldBe(2);
        var cases = (await CasesAsync()).ToDictionary(c => c.SessionCode!);
        cases[overdueCode].State.ShouldBe(ServiceCaseState.Expired);
        cases[overdueCode].EndedAt.ShouldBe(cases[overdueCode].ValidUntil);
        cases[alsoOverdueCode].State.ShouldBe(ServiceCaseState.Expired);
        cases[freshCode].State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task SweepAsync_StalePendingCaseWithoutSession_RemovesItSoPlayWorksAgain()
    {
        var ticket = await ArrangeTicketAsync();
        await using (var db = Database.CreateDbContext())
        {
            db.ServiceCases.Add(new ServiceCase
            {
                TicketId = ticket.Id, State = ServiceCaseState.Pending, Reference = "bossremote:ticket:1042:lost",
                CreatedById = Database.Technician.Id, CreatedByName = "Taylor Reed", CreatedAt = Now,
            });
            await db.SaveChangesAsync();
        }

        Clock.Advance(TimeSpan.FromMinutes(1));

        await Expiry.SweepAsync();

        (await CasesAsync()).ShouldBeEmpty();
        (await PlayAsync()).State.ShouldBe(ServiceCaseState.Active);
    }

    /// <summary>A case created in the past, as if the app had been down since.</summary>
    private async Task<string> ArrangeCaseAsync(int number, int createdHoursAgo)
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(number).Build());
        var code = $"s100-000-{number:000}";
        await using var db = Database.CreateDbContext();
        var ticket = await db.Tickets.SingleAsync(t => t.Number == number);
        var created = Now.AddHours(-createdHoursAgo);
        db.ServiceCases.Add(new ServiceCase
        {
            TicketId = ticket.Id, State = ServiceCaseState.Active, SessionCode = code, Reference = $"ref-{number}",
            CreatedById = Database.Technician.Id, CreatedByName = "Taylor Reed", CreatedAt = created, ValidUntil = created.AddHours(24),
        });
        await db.SaveChangesAsync();
        return code;
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ServiceCaseExpiryTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ServiceCaseExpiryTests(database), IClassFixture<PostgresTestDatabase>;
}
