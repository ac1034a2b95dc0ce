using BossRemote.Core.Email;
using BossRemote.Core.Notifications;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

public abstract class CustomerOnlineNotifierTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    [Fact]
    public async Task NotifyAsync_AudienceNobody_TellsOnlyTheOwner()
    {
        await Notifier.NotifyAsync(Notice(assignee: Database.OtherTechnician.Id));

        (await InAppRecipientsAsync()).ShouldBe([Database.Technician.Id]);
    }

    [Fact]
    public async Task NotifyAsync_AudienceAssignee_AlsoTellsTheAssignee()
    {
        await SetAudienceAsync(CustomerOnlineAudience.TicketAssignee);

        await Notifier.NotifyAsync(Notice(assignee: Database.OtherTechnician.Id));

        (await InAppRecipientsAsync()).ShouldBe([Database.Technician.Id, Database.OtherTechnician.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task NotifyAsync_AudienceAllTechnicians_TellsTechniciansAndAdminsButNotSupervisors()
    {
        await SetAudienceAsync(CustomerOnlineAudience.AllTechnicians);

        await Notifier.NotifyAsync(Notice(assignee: null));

        (await InAppRecipientsAsync()).ShouldBe([Database.Technician.Id, Database.OtherTechnician.Id, Database.Admin.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task NotifyAsync_AudienceAssignee_StoresTheNoticeForEachRecipientWithItsTicketLink()
    {
        await SetAudienceAsync(CustomerOnlineAudience.TicketAssignee);

        await Notifier.NotifyAsync(Notice(assignee: Database.OtherTechnician.Id));

        await using var db = Database.CreateDbContext();
        var stored = await db.Notifications.AsNoTracking().ToListAsync();
        stored.Select(n => n.UserId).ShouldBe([Database.Technician.Id, Database.OtherTechnician.Id], ignoreOrder: true);
        stored.ShouldAllBe(n => n.Link == $"tickets/{TicketNumber}" && n.ReadAt == null && n.CreatedAt == Now);
        stored[0].Message.ShouldBe($"Emma Johnson is online in TeamViewer session s123-456-789 (#{TicketNumber} Printer offline).");
    }

    [Fact]
    public async Task NotifyAsync_SameComingOnlineTwice_StoresAndAnnouncesItOnce()
    {
        await Notifier.NotifyAsync(Notice(assignee: null));

        await Notifier.NotifyAsync(Notice(assignee: null));

        await using var db = Database.CreateDbContext();
        (await db.Notifications.CountAsync()).ShouldBe(1);
        Notices.ReceivedCalls().Count().ShouldBe(1);
    }

    [Fact]
    public async Task NotifyAsync_OwnerTurnedInAppOffAndEmailOn_QueuesAnEmailInstead()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        await new NotificationPreferencesService(Database.Factory, Access, Audit, Clock).SaveMineAsync(Technician(), inApp: false, email: true);

        await Notifier.NotifyAsync(Notice(assignee: null) with { ServiceCaseId = started.Id });

        Notices.DidNotReceiveWithAnyArgs().Publish(default!);
        await using var db = Database.CreateDbContext();
        (await db.Notifications.AnyAsync()).ShouldBeFalse();
        var email = await db.EmailDeliveries.SingleAsync(d => d.Kind == EmailKind.CustomerOnline);
        email.Kind.ShouldBe(EmailKind.CustomerOnline);
        email.RecipientEmail.ShouldBe(Database.Technician.Email);
        email.Subject.ShouldBe("Emma Johnson is online in TeamViewer session s123-456-789");
    }

    [Fact]
    public async Task SaveAudienceAsync_Technician_IsRefused()
    {
        var service = new NotificationPreferencesService(Database.Factory, Access, Audit, Clock);

        await Should.ThrowAsync<BossRemote.Core.Common.AccessDeniedException>(() => service.SaveAudienceAsync(Technician(), CustomerOnlineAudience.AllTechnicians));
    }

    private CustomerOnlineNotice Notice(string? assignee) =>
        new(1, 1, TicketNumber, "Printer offline", "Emma Johnson", "s123-456-789", Database.Technician.Id, assignee, Now);

    private Task SetAudienceAsync(CustomerOnlineAudience audience) =>
        new NotificationPreferencesService(Database.Factory, Access, Audit, Clock)
            .SaveAudienceAsync(PrincipalBuilder.Admin().For(Database.Admin).Build(), audience);

    private Task<List<string>> InAppRecipientsAsync()
    {
        var call = Notices.ReceivedCalls().ShouldHaveSingleItem();
        return Task.FromResult(((UserNotification)call.GetArguments()[0]!).UserIds.ToList());
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : CustomerOnlineNotifierTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : CustomerOnlineNotifierTests(database), IClassFixture<PostgresTestDatabase>;
}
