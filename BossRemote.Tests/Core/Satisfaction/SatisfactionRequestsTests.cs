using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Notifications;
using BossRemote.Core.Email;
using BossRemote.Core.Satisfaction;
using BossRemote.Core.ServiceCases;
using BossRemote.Tests.TestSupport;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.Satisfaction;

/// <summary>The rating request after Stop: recorded in the save that ends the case, only when it should be.</summary>
public abstract class SatisfactionRequestsTests(TestDatabase database) : SatisfactionTestBase(database)
{
    [Fact]
    public async Task StopAsync_RatingsOn_RecordsTheRequestAndItsQueuedEmail()
    {
        await ArrangeTicketAsync();
        await AskForRatingsAsync();

        var caseId = await PlayAndStopAsync();

        var request = (await RequestAsync()).ShouldNotBeNull();
        request.ServiceCaseId.ShouldBe(caseId);
        request.ExpiresAt.ShouldBe(Now + SatisfactionRequest.Lifetime);
        request.AnsweredAt.ShouldBeNull();
        await using var db = Database.CreateDbContext();
        var mail = await db.EmailDeliveries.AsNoTracking().SingleAsync(d => d.Kind == EmailKind.SatisfactionRating);
        (mail.Status, mail.RecipientEmail, mail.Key).ShouldBe((EmailDeliveryStatus.Queued, "emma.johnson@northwind.example", $"rating:{caseId}"));
        mail.Subject.ShouldBe("BossRemote Help Desk: how did we do on ticket #1042?");
        mail.HtmlBody.ShouldContain("https://help.northwind.example/rate/");
        Links.Read(await TokenFromEmailAsync()).ShouldBe(new SatisfactionLink.Contents(caseId, request.Code, request.ExpiresAt));
        Jobs.Received(1).Create(Arg.Is<Job>(j => j.Type == typeof(EmailDeliveryJob) && (long)j.Args[0]! == mail.Id), Arg.Any<EnqueuedState>());
    }

    [Fact]
    public async Task StopAsync_RatingsOff_AsksNothing()
    {
        await ArrangeTicketAsync();
        await AskForRatingsAsync(false);

        await PlayAndStopAsync();

        (await RequestAsync()).ShouldBeNull();
        await using var db = Database.CreateDbContext();
        (await db.EmailDeliveries.AnyAsync(d => d.Kind == EmailKind.SatisfactionRating)).ShouldBeFalse();
    }

    [Fact]
    public async Task StopAsync_NoSettingStored_AsksNothing()
    {
        await ArrangeTicketAsync();

        await PlayAndStopAsync();

        (await RequestAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task StopAsync_RequesterWithoutEmail_AsksNothing()
    {
        await ArrangeTicketAsync();
        await AskForRatingsAsync();
        await using (var db = Database.CreateDbContext())
        {
            await db.Tickets.ExecuteUpdateAsync(s => s.SetProperty(t => t.RequesterEmail, ""));
        }

        await PlayAndStopAsync();

        (await RequestAsync()).ShouldBeNull();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
    }

    [Fact]
    public async Task EndAsync_EndedOtherwiseThanByStop_AsksNothing()
    {
        await ArrangeTicketAsync();
        await AskForRatingsAsync();
        var started = await PlayAsync();

        await Ending.EndAsync(started.Id, ServiceCaseEnding.ClosedInTeamViewer, Now, null, "BossRemote");

        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
        (await RequestAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task StopAsync_FollowUpFails_TheCaseStillEnds()
    {
        await ArrangeTicketAsync();
        await AskForRatingsAsync();
        _failing = true;

        await PlayAndStopAsync();

        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
    }

    private bool _failing;

    protected override IEnumerable<IStopFollowUp> StopFollowUps => _failing ? [new FailingFollowUp()] : base.StopFollowUps;

    /// <summary>A follow-up that fails: Stop must not.</summary>
    private sealed class FailingFollowUp : IStopFollowUp
    {
        public Task<Action?> AddAsync(BossRemoteDbContext db, ServiceCase serviceCase, DateTime endedAt, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The template store is down.");
    }

    [Fact]
    public async Task AskForRatingSetting_Technician_IsRefusedReadingAndChangingIt()
    {
        var settings = new NotificationPreferencesService(Database.Factory, Access, Audit, Clock);

        var change = await Should.ThrowAsync<AccessDeniedException>(() => settings.SaveAskForRatingAsync(Technician(), true));
        await Should.ThrowAsync<AccessDeniedException>(() => settings.GetAskForRatingAsync(Technician()));

        change.Message.ShouldBe("You do not have permission to change whether requesters are asked for a rating.");
    }

    [Fact]
    public async Task AskForRatingSetting_AdminTurnsItOn_ReadsBackOn()
    {
        var settings = new NotificationPreferencesService(Database.Factory, Access, Audit, Clock);
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();

        await settings.SaveAskForRatingAsync(admin, true);

        (await settings.GetAskForRatingAsync(admin)).ShouldBeTrue();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : SatisfactionRequestsTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : SatisfactionRequestsTests(database), IClassFixture<PostgresTestDatabase>;
}
