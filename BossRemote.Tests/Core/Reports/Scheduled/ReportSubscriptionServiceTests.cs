using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports.Scheduled;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.Reports.Scheduled;

public abstract class ReportSubscriptionServiceTests(TestDatabase database) : DatabaseTestBase(database)
{
    private const string Berlin = "Europe/Berlin";

    private ReportSubscriptionService Service => new(Database.Factory, Access, new TechnicianDirectory(Database.Factory), new AuditLog(Database.Factory, Access, Clock), Clock);

    [Fact]
    public async Task SubscribeAsync_Supervisor_ListsItWithTechniciansZoneAndNextDue()
    {
        var result = await Service.SubscribeAsync(Supervisor(), ReportFrequency.Weekly, Berlin, [Database.Technician.Id]);

        result.Succeeded.ShouldBeTrue();
        var listed = (await Service.ListAsync(Supervisor())).ShouldHaveSingleItem();
        listed.ShouldSatisfyAllConditions(
            s => s.Frequency.ShouldBe(ReportFrequency.Weekly),
            s => s.TimeZoneId.ShouldBe(Berlin),
            s => s.Technicians.ShouldBe("Taylor Reed"),
            s => s.IsMine.ShouldBeTrue(),
            s => s.OwnerName.ShouldBe("Sam Whitaker"),
            s => s.NextDueUtc.ShouldBe(new DateTime(2026, 3, 16, 6, 0, 0, DateTimeKind.Utc)),
            s => s.LastPeriod.ShouldBeNull());
    }

    [Fact]
    public async Task SubscribeAsync_Technician_IsRefused()
    {
        var technician = PrincipalBuilder.Technician().For(Database.Technician).Build();

        await Should.ThrowAsync<AccessDeniedException>(() => Service.SubscribeAsync(technician, ReportFrequency.Weekly, Berlin, []));

        await using var db = Database.CreateDbContext();
        (await db.ReportSubscriptions.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", "Unknown time zone \"Mars/Olympus_Mons\".")]
    [InlineData("", "Unknown time zone \"\".")]
    public async Task SubscribeAsync_UnknownZone_FailsWithAMessageAndStoresNothing(string zone, string message)
    {
        var result = await Service.SubscribeAsync(Supervisor(), ReportFrequency.Monthly, zone, []);

        result.Error.ShouldBe(message);
        (await Service.ListAsync(Supervisor())).ShouldBeEmpty();
    }

    [Fact]
    public async Task SubscribeAsync_UnknownTechnicianOrFrequency_FailsWithAMessage()
    {
        var stranger = await Service.SubscribeAsync(Supervisor(), ReportFrequency.Weekly, Berlin, ["no-such-person"]);
        var frequency = await Service.SubscribeAsync(Supervisor(), (ReportFrequency)7, Berlin, []);

        stranger.Error.ShouldBe("Some of the chosen technicians no longer exist; choose again.");
        frequency.Error.ShouldBe("Choose weekly or monthly.");
        (await Service.ListAsync(Supervisor())).ShouldBeEmpty();
    }

    [Fact]
    public async Task SubscribeAsync_SameReportTwiceInAnyOrder_IsRefusedTheSecondTime()
    {
        await Service.SubscribeAsync(Supervisor(), ReportFrequency.Weekly, Berlin, [Database.Technician.Id, Database.OtherTechnician.Id]);

        var again = await Service.SubscribeAsync(Supervisor(), ReportFrequency.Weekly, Berlin, [Database.OtherTechnician.Id, Database.Technician.Id]);
        var monthly = await Service.SubscribeAsync(Supervisor(), ReportFrequency.Monthly, Berlin, [Database.OtherTechnician.Id, Database.Technician.Id]);

        again.Error.ShouldBe("You already receive this report.");
        monthly.Succeeded.ShouldBeTrue();
        (await Service.ListAsync(Supervisor())).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ListAsync_Supervisor_SeesOnlyTheirOwn_AdminSeesEveryone()
    {
        await Service.SubscribeAsync(Supervisor(), ReportFrequency.Weekly, Berlin, []);
        await Service.SubscribeAsync(Admin(), ReportFrequency.Monthly, "UTC", []);

        var supervisors = await Service.ListAsync(Supervisor());
        var admins = await Service.ListAsync(Admin());

        supervisors.ShouldHaveSingleItem().Technicians.ShouldBe("All technicians");
        admins.Select(s => (s.OwnerName, s.IsMine)).ShouldBe([("Sam Whitaker", false), ("Alex Morgan", true)]);
    }

    [Fact]
    public async Task RemoveAsync_SomeoneElses_IsRefusedForASupervisorButAllowedForAnAdmin()
    {
        await Service.SubscribeAsync(Admin(), ReportFrequency.Monthly, "UTC", []);
        await Service.SubscribeAsync(Supervisor(), ReportFrequency.Weekly, Berlin, []);
        var admins = (await Service.ListAsync(Admin())).Single(s => s.IsMine).Id;
        var supervisors = (await Service.ListAsync(Supervisor())).Single().Id;

        var refused = await Service.RemoveAsync(Supervisor(), admins);
        var removed = await Service.RemoveAsync(Admin(), supervisors);

        refused.Error.ShouldBe("That subscription no longer exists.");
        removed.Succeeded.ShouldBeTrue();
        await using (var db = Database.CreateDbContext())
        {
            var trail = await db.AuditEntries.OrderBy(a => a.Id).Select(a => new { a.Action, a.ActorName, a.Details }).ToListAsync();
            trail.Select(a => a.Action).ShouldBe([AuditActions.ReportSubscribed, AuditActions.ReportSubscribed, AuditActions.ReportUnsubscribed]);
            trail[^1].ActorName.ShouldBe("Alex Morgan");
            trail[^1].Details.ShouldBe("Weekly TeamViewer Session Summary of Sam Whitaker");
        }

        (await Service.ListAsync(Supervisor())).ShouldBeEmpty();
        (await Service.ListAsync(Admin())).ShouldHaveSingleItem().Id.ShouldBe(admins);
    }

    [Fact]
    public async Task ListAsync_ZoneTheSystemNoLongerKnows_StillListsItWithTheNextDueInUtc()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.ReportSubscriptions.Add(ReportSubscription.Create(Database.Supervisor.Id, ReportFrequency.Weekly, "Atlantis/Capital", [], Now));
            await db.SaveChangesAsync();
        }

        var listed = (await Service.ListAsync(Supervisor())).ShouldHaveSingleItem();

        listed.NextDueUtc.ShouldBe(new DateTime(2026, 3, 16, 7, 0, 0, DateTimeKind.Utc));
    }

    private ClaimsPrincipal Supervisor() => PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

    private ClaimsPrincipal Admin() => PrincipalBuilder.Admin().For(Database.Admin).Build();

    public sealed class OnSqlite(SqliteTestDatabase database) : ReportSubscriptionServiceTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ReportSubscriptionServiceTests(database), IClassFixture<PostgresTestDatabase>;
}
