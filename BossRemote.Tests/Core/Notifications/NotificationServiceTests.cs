using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Notifications;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.Notifications;

public abstract class NotificationServiceTests(TestDatabase database) : DatabaseTestBase(database)
{
    private NotificationService Service => new(Database.Factory, Clock);

    private ClaimsPrincipal Technician => PrincipalBuilder.Technician().For(Database.Technician).Build();

    private ClaimsPrincipal OtherTechnician => PrincipalBuilder.Technician().For(Database.OtherTechnician).Build();

    [Fact]
    public async Task ListMineAsync_SeveralNotices_NewestFirstWithLinkAndTime()
    {
        await Service.AddAsync([Database.Technician.Id], "First", "tickets/1", key: null);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Service.AddAsync([Database.Technician.Id], "Second", "tickets/2", key: null);

        var notices = await Service.ListMineAsync(Technician);

        notices.Select(n => n.Message).ShouldBe(["Second", "First"]);
        notices[0].Link.ShouldBe("tickets/2");
        notices[0].CreatedAt.ShouldBe(Now);
        notices[0].CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);
        notices.ShouldAllBe(n => !n.IsRead);
    }

    [Fact]
    public async Task ListMineAsync_NoticesOfAnotherPerson_AreNotListed()
    {
        await Service.AddAsync([Database.OtherTechnician.Id], "Maria's", "tickets/1", key: null);

        (await Service.ListMineAsync(Technician)).ShouldBeEmpty();
        (await Service.CountUnreadAsync(Technician)).ShouldBe(0);
        (await Service.CountUnreadAsync(OtherTechnician)).ShouldBe(1);
    }

    [Fact]
    public async Task ListMineAsync_MoreThanTheListSize_ListsTheNewestTwenty()
    {
        for (var i = 1; i <= NotificationService.ListSize + 5; i++)
        {
            await Service.AddAsync([Database.Technician.Id], $"Notice {i}", null, key: null);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var notices = await Service.ListMineAsync(Technician);

        notices.Count.ShouldBe(NotificationService.ListSize);
        notices[0].Message.ShouldBe($"Notice {NotificationService.ListSize + 5}");
    }

    [Fact]
    public async Task MarkAllReadAsync_UnreadNotices_CountGoesToZeroForThatPersonOnly()
    {
        await Service.AddAsync([Database.Technician.Id, Database.OtherTechnician.Id], "Emma is online", "tickets/1042", key: null);
        await Service.AddAsync([Database.Technician.Id], "Jon is online", "tickets/1043", key: null);

        var marked = await Service.MarkAllReadAsync(Technician);

        marked.ShouldBe(2);
        (await Service.CountUnreadAsync(Technician)).ShouldBe(0);
        (await Service.ListMineAsync(Technician)).ShouldAllBe(n => n.IsRead);
        (await Service.CountUnreadAsync(OtherTechnician)).ShouldBe(1);
    }

    [Fact]
    public async Task MarkReadAsync_AnotherPersonsNotice_IsRefusedAndStaysUnread()
    {
        await Service.AddAsync([Database.OtherTechnician.Id], "Maria's", "tickets/1", key: null);
        var hers = (await Service.ListMineAsync(OtherTechnician)).Single();

        var marked = await Service.MarkReadAsync(Technician, hers.Id);

        marked.ShouldBeFalse();
        (await Service.CountUnreadAsync(OtherTechnician)).ShouldBe(1);
        (await Service.MarkReadAsync(OtherTechnician, hers.Id)).ShouldBeTrue();
        (await Service.CountUnreadAsync(OtherTechnician)).ShouldBe(0);
    }

    [Fact]
    public async Task CountUnreadAsync_SignedOut_IsRefused()
    {
        await Should.ThrowAsync<AccessDeniedException>(() => Service.CountUnreadAsync(PrincipalBuilder.Anonymous()));
        await Should.ThrowAsync<AccessDeniedException>(() => Service.ListMineAsync(PrincipalBuilder.Technician().Unauthenticated().Build()));
    }

    [Fact]
    public async Task AddAsync_SameKeyTwice_StoresItOncePerPerson()
    {
        var first = await Service.AddAsync([Database.Technician.Id], "Emma is online", "tickets/1042", key: "online:1:1");

        var again = await Service.AddAsync([Database.Technician.Id, Database.OtherTechnician.Id], "Emma is online", "tickets/1042", key: "online:1:1");

        first.ShouldBe([Database.Technician.Id]);
        again.ShouldBe([Database.OtherTechnician.Id]);
        (await Service.CountUnreadAsync(Technician)).ShouldBe(1);
        (await Service.CountUnreadAsync(OtherTechnician)).ShouldBe(1);
    }

    [Fact]
    public async Task AddAsync_NoticesOlderThanThirtyDays_AreRemoved()
    {
        await Service.AddAsync([Database.Technician.Id, Database.OtherTechnician.Id], "Old", null, key: null);
        Clock.Advance(NotificationService.KeepFor + TimeSpan.FromMinutes(1));

        await Service.AddAsync([Database.Technician.Id], "New", null, key: null);

        (await Service.ListMineAsync(Technician)).Select(n => n.Message).ShouldBe(["New"]);
        (await Service.CountUnreadAsync(OtherTechnician)).ShouldBe(1); // pruned when Maria next gets one
    }

    [Fact]
    public async Task AddAsync_BeyondTheLimitPerPerson_KeepsTheNewest()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.Notifications.AddRange(Enumerable.Range(1, NotificationService.KeepPerPerson)
                .Select(i => new Notification(Database.Technician.Id, $"Notice {i}", null, null, Now.AddSeconds(i - 300))));
            await db.SaveChangesAsync();
        }

        await Service.AddAsync([Database.Technician.Id], "Newest", null, key: null);

        await using var check = Database.CreateDbContext();
        var kept = await check.Notifications.Where(n => n.UserId == Database.Technician.Id).Select(n => n.Message).ToListAsync();
        kept.Count.ShouldBe(NotificationService.KeepPerPerson);
        kept.ShouldContain("Newest");
        kept.ShouldNotContain("Notice 1");
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : NotificationServiceTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : NotificationServiceTests(database), IClassFixture<PostgresTestDatabase>;
}
