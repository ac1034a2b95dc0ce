using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.Audit;

public abstract class AuditLogTests(TestDatabase database) : DatabaseTestBase(database)
{
    private AuditLog CreateLog() => new(Database.Factory, Access, Clock);

    [Fact]
    public async Task ListAsync_ByPerson_ListsOnlyWhatThatPersonDid()
    {
        await AddAsync(At(9), Database.Technician, AuditActions.TicketChanged);
        await AddAsync(At(10), Database.Admin, AuditActions.BrandingChanged);
        await AddAsync(At(11), null, AuditActions.CaseExpired);

        var page = await CreateLog().ListAsync(Admin(), new AuditQuery(Actor: Database.Technician.Id), 0, 50);

        page.TotalCount.ShouldBe(1);
        page.Items.ShouldHaveSingleItem().ActorName.ShouldBe(Database.Technician.DisplayName);
    }

    [Fact]
    public async Task ListAsync_BySystemActor_ListsWhatBossRemoteDidByItself()
    {
        await AddAsync(At(9), Database.Technician, AuditActions.CaseClosed);
        await AddAsync(At(11), null, AuditActions.CaseExpired);

        var page = await CreateLog().ListAsync(Admin(), new AuditQuery(Actor: AuditQuery.SystemActor), 0, 50);

        page.Items.ShouldHaveSingleItem().Action.ShouldBe(AuditActions.CaseExpired);
    }

    [Fact]
    public async Task ListAsync_ByAction_CountsAllAndPagesNewestFirst()
    {
        for (var hour = 1; hour <= 5; hour++)
        {
            await AddAsync(At(hour), Database.Technician, AuditActions.TicketChanged);
        }

        await AddAsync(At(6), Database.Technician, AuditActions.TicketStatusChanged);

        var page = await CreateLog().ListAsync(Admin(), new AuditQuery(Action: AuditActions.TicketChanged), page: 1, pageSize: 2);

        page.TotalCount.ShouldBe(5);
        page.Items.Select(a => a.At).ShouldBe([At(3), At(2)]);
    }

    [Fact]
    public async Task ListAsync_ByDaysInTheViewersZone_UsesThatZonesMidnights()
    {
        // 10 March in New York (UTC-4 after 8 March 2026) runs from 04:00 UTC on the 10th to 04:00 UTC on the 11th.
        await AddAsync(new DateTime(2026, 3, 10, 3, 59, 0, DateTimeKind.Utc), Database.Technician, AuditActions.TicketChanged);
        await AddAsync(new DateTime(2026, 3, 10, 4, 0, 0, DateTimeKind.Utc), Database.Technician, AuditActions.TicketChanged);
        await AddAsync(new DateTime(2026, 3, 11, 3, 59, 0, DateTimeKind.Utc), Database.Technician, AuditActions.TicketChanged);
        await AddAsync(new DateTime(2026, 3, 11, 4, 0, 0, DateTimeKind.Utc), Database.Technician, AuditActions.TicketChanged);
        var day = new DateOnly(2026, 3, 10);

        var page = await CreateLog().ListAsync(Admin(), new AuditQuery(From: day, To: day, TimeZoneId: "America/New_York"), 0, 50);

        page.Items.Select(a => a.At).ShouldBe([
            new DateTime(2026, 3, 11, 3, 59, 0, DateTimeKind.Utc), new DateTime(2026, 3, 10, 4, 0, 0, DateTimeKind.Utc)]);
    }

    [Fact]
    public async Task ListActorsAsync_PeopleAndJobs_ListsEachOnceByName()
    {
        await AddAsync(At(9), Database.Technician, AuditActions.TicketChanged);
        await AddAsync(At(10), Database.Technician, AuditActions.TicketStatusChanged);
        await AddAsync(At(11), Database.Admin, AuditActions.BrandingChanged);
        await AddAsync(At(12), null, AuditActions.CaseExpired);

        var actors = await CreateLog().ListActorsAsync(Admin());

        actors.ShouldBe([
            new AuditActor(Database.Admin.Id, "Alex Morgan"),
            new AuditActor(AuditQuery.SystemActor, AuditLog.SystemActor),
            new AuditActor(Database.Technician.Id, "Taylor Reed"),
        ]);
    }

    [Fact]
    public async Task ListAsync_Technician_ThrowsAccessDenied()
    {
        var technician = PrincipalBuilder.Technician().For(Database.Technician).Build();

        await Should.ThrowAsync<AccessDeniedException>(() => CreateLog().ListAsync(technician, new AuditQuery(), 0, 50));
    }

    private static DateTime At(int hour) => new(2026, 3, 10, hour, 0, 0, DateTimeKind.Utc);

    private async Task AddAsync(DateTime at, TestUser? actor, string action)
    {
        await using var db = Database.CreateDbContext();
        db.AuditEntries.Add(new AuditEntry
        {
            At = at, ActorId = actor?.Id, ActorName = actor?.DisplayName ?? AuditLog.SystemActor, Action = action, Details = "",
        });
        await db.SaveChangesAsync();
    }

    private ClaimsPrincipal Admin() => PrincipalBuilder.Admin().For(Database.Admin).Build();

    public sealed class OnSqlite(SqliteTestDatabase database) : AuditLogTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : AuditLogTests(database), IClassFixture<PostgresTestDatabase>;
}
