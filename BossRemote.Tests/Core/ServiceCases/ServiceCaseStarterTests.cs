using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using Hangfire.Common;
using Hangfire.States;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

public abstract class ServiceCaseStarterTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    [Fact]
    public async Task StartAsync_Ready_CreatesTheCaseInTeamViewerAndStoresItActive()
    {
        var ticket = await ArrangeTicketAsync();

        var started = await PlayAsync();

        var session = TeamViewer.Sessions.ShouldHaveSingleItem();
        started.State.ShouldBe(ServiceCaseState.Active);
        started.SessionCode.ShouldBe(session.Code);
        started.SupporterLink.ShouldBe(session.SupporterLink);
        started.CustomerLink.ShouldBe(session.EndCustomerLink);
        started.ValidUntil.ShouldBe(session.ValidUntil);
        started.CreatedAt.ShouldBe(Now);
        started.CreatedByName.ShouldBe("Taylor Reed");
        var stored = (await CasesAsync()).ShouldHaveSingleItem();
        stored.TicketId.ShouldBe(ticket.Id);
        stored.State.ShouldBe(ServiceCaseState.Active);
        stored.CreatedById.ShouldBe(Database.Technician.Id);
    }

    [Fact]
    public async Task StartAsync_Ready_SendsGroupDescriptionRequesterAndReference()
    {
        await ArrangeTicketAsync();

        await PlayAsync();

        var request = TeamViewer.Creates.ShouldHaveSingleItem();
        request.GroupName.ShouldBe("BOSS");
        request.Description.ShouldBe("BossRemote ticket #1042: Printer offline");
        request.EndCustomer!.Name.ShouldBe("Emma Johnson");
        request.EndCustomer.Email.ShouldBe("emma.johnson@northwind.example");
        request.CustomApi.ShouldBe((await CasesAsync()).Single().Reference);
        request.CustomApi.ShouldStartWith("bossremote:ticket:1042:");
    }

    [Fact]
    public async Task StartAsync_Ready_WritesNoteAuditSchedulesExpiryQueuesMailAndPublishes()
    {
        var ticket = await ArrangeTicketAsync();

        var started = await PlayAsync();

        var note = (await Database.LoadTicketAsync(TicketNumber)).Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(TicketNoteKind.System);
        note.ServiceCaseId.ShouldBe(started.Id);
        note.Body.ShouldStartWith($"TeamViewer service case {started.SessionCode} started by Taylor Reed.");
        var audit = (await AuditEntriesAsync()).ShouldHaveSingleItem();
        audit.Action.ShouldBe(AuditActions.CaseCreated);
        audit.ActorId.ShouldBe(Database.Technician.Id);
        audit.SessionCode.ShouldBe(started.SessionCode);
        Jobs.Received(1).Create(
            Arg.Is<Job>(j => j.Type.Name == "ServiceCaseExpiryJob" && (long)j.Args[0]! == started.Id),
            Arg.Is<IState>(s => s is ScheduledState && ((ScheduledState)s).EnqueueAt == started.ValidUntil));
        Events.Of<ServiceCaseActivated>().ShouldBe([new ServiceCaseActivated(started.Id)]);
        Events.Of<TicketChanged>().ShouldAllBe(change => change == new TicketChanged(ticket.Id));
    }

    [Fact]
    public async Task StartAsync_PressedAgain_ShowsTheSameCaseWithoutASecondSession()
    {
        await ArrangeTicketAsync();
        var first = await PlayAsync();

        var second = await Starter.StartAsync(OtherTechnician(), TicketNumber);

        second.Succeeded.ShouldBeTrue();
        second.Case!.Id.ShouldBe(first.Id);
        TeamViewer.Creates.Count.ShouldBe(1);
    }

    [Fact]
    public async Task StartAsync_TwoPressesAtTheSameMoment_CreateOneCase()
    {
        await ArrangeTicketAsync();
        var hold = new TaskCompletionSource();
        TeamViewer.HoldCreate = hold;

        var first = Starter.StartAsync(Technician(), TicketNumber);
        await TeamViewer.CreateHeld.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await Starter.StartAsync(OtherTechnician(), TicketNumber);
        hold.SetResult();
        var firstResult = await first;

        second.Succeeded.ShouldBeTrue();
        second.Case!.State.ShouldBe(ServiceCaseState.Pending);
        firstResult.Case!.State.ShouldBe(ServiceCaseState.Active);
        second.Case.Id.ShouldBe(firstResult.Case.Id);
        TeamViewer.Creates.Count.ShouldBe(1);
        (await CasesAsync()).ShouldHaveSingleItem().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task StartAsync_TeamViewerAnswersWithinAMoment_AnnouncesOnlyTheActiveCase()
    {
        var (ticket, hold, play) = await PlayWhileTeamViewerHoldsTheCreateAsync();
        Clock.Advance(ServiceCaseStarter.CreatingShownAfter - TimeSpan.FromMilliseconds(1));
        var whileCreating = Events.Of<TicketChanged>();
        hold.SetResult();
        var started = await play;

        started.Case!.State.ShouldBe(ServiceCaseState.Active);
        whileCreating.ShouldBeEmpty();
        Events.Of<TicketChanged>().ShouldNotBeEmpty(); // the active case, in the save that stored it
        Events.Of<TicketChanged>().ShouldAllBe(change => change == new TicketChanged(ticket.Id));
    }

    [Fact]
    public async Task StartAsync_TeamViewerSlowerThanAMoment_AnnouncesThePendingCaseWhileWaiting()
    {
        var (ticket, hold, play) = await PlayWhileTeamViewerHoldsTheCreateAsync();
        Clock.Advance(ServiceCaseStarter.CreatingShownAfter);
        var announced = await AnnouncedAsync(ticket.Id);
        var stateWhenAnnounced = (await CasesAsync()).Single().State;
        hold.SetResult();
        await play;

        announced.ShouldBeTrue();
        stateWhenAnnounced.ShouldBe(ServiceCaseState.Pending);
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task StartAsync_ManyConcurrentPresses_LeaveExactlyOneOpenCase()
    {
        await ArrangeTicketAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => Starter.StartAsync(i % 2 == 0 ? Technician() : OtherTechnician(), TicketNumber))));

        results.ShouldAllBe(r => r.Succeeded);
        TeamViewer.Creates.Count.ShouldBe(1);
        (await CasesAsync()).Count(c => c.IsOpen).ShouldBe(1);
    }

    [Fact]
    public async Task StartAsync_CreateTimesOutButWentThrough_ReconcilesToTheOneSession()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreateAfterStoring = Timeout();

        var result = await Starter.StartAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeTrue();
        result.Case!.State.ShouldBe(ServiceCaseState.Active);
        result.Case.SessionCode.ShouldBe(TeamViewer.Sessions.ShouldHaveSingleItem().Code);
        (await CasesAsync()).ShouldHaveSingleItem().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task StartAsync_CreateTimesOutAndNothingFoundYet_KeepsThePendingCaseUntilTheCreateSurelyTimedOut()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreate = Timeout();

        var failed = await Starter.StartAsync(Technician(), TicketNumber);
        var tooSoon = await Starter.StartAsync(Technician(), TicketNumber);

        // TeamViewer may still be making the session: removing the case now could leave one behind unseen.
        failed.Error.ShouldBe(ServiceCaseMessages.CreateUnconfirmed);
        tooSoon.Case!.State.ShouldBe(ServiceCaseState.Pending);
        (await CasesAsync()).ShouldHaveSingleItem().State.ShouldBe(ServiceCaseState.Pending);
        TeamViewer.Creates.ShouldBeEmpty(); // the one create failed before TeamViewer stored it; no second was sent
    }

    [Fact]
    public async Task StartAsync_TryAgainOnceStaleAndNothingWasCreated_CreatesOne()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreate = Timeout();
        await Starter.StartAsync(Technician(), TicketNumber);
        Clock.Advance(Options.CurrentValue.RequestTimeout + ServiceCase.StaleMargin);

        var retried = await Starter.StartAsync(Technician(), TicketNumber);

        retried.Succeeded.ShouldBeTrue(retried.Error);
        TeamViewer.Sessions.Count.ShouldBe(1);
        (await CasesAsync()).ShouldHaveSingleItem().SessionCode.ShouldBe(TeamViewer.Sessions.Single().Code);
    }

    [Fact]
    public async Task StartAsync_TeamViewerUnreachable_StoresNothingAndLeavesTheTicketReady()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreate = new TeamViewerException(TeamViewerErrorKind.Unreachable, "cannot be reached");

        var result = await Starter.StartAsync(Technician(), TicketNumber);

        result.Error.ShouldBe(ServiceCaseMessages.Unreachable);
        (await CasesAsync()).ShouldBeEmpty();
        var ticket = await Database.LoadTicketAsync(TicketNumber);
        (await Reader.GetWidgetAsync(Technician(), ticket.Id)).State.ShouldBe(TeamViewerWidgetState.Ready);
    }

    [Fact]
    public async Task StartAsync_TimeoutAndTeamViewerStillUnreachable_RetryAfterItAnswersFindsTheSessionInsteadOfCreatingAnother()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreateAfterStoring = Timeout();
        TeamViewer.FailFind = new TeamViewerException(TeamViewerErrorKind.ServiceUnavailable, "down");

        var failed = await Starter.StartAsync(Technician(), TicketNumber);
        var tooSoon = await Starter.StartAsync(Technician(), TicketNumber);
        TeamViewer.FailFind = null;
        Clock.Advance(TimeSpan.FromSeconds(30));
        var retried = await Starter.StartAsync(Technician(), TicketNumber);

        failed.Error.ShouldBe(ServiceCaseMessages.CreateUnconfirmed);
        tooSoon.Case!.State.ShouldBe(ServiceCaseState.Pending);
        retried.Case!.State.ShouldBe(ServiceCaseState.Active);
        TeamViewer.Creates.Count.ShouldBe(1);
        retried.Case.SessionCode.ShouldBe(TeamViewer.Sessions.Single().Code);
    }

    [Theory]
    [InlineData(TeamViewerErrorKind.RateLimited)]
    [InlineData(TeamViewerErrorKind.InvalidToken)]
    [InlineData(TeamViewerErrorKind.LicenseLimit)]
    [InlineData(TeamViewerErrorKind.PermissionDenied)]
    public async Task StartAsync_TeamViewerRefuses_StoresNothingAndExplains(TeamViewerErrorKind kind)
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreate = new TeamViewerException(kind, $"Explained: {kind}", 403);

        var result = await Starter.StartAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe($"Explained: {kind}");
        (await CasesAsync()).ShouldBeEmpty();
        (await Database.LoadTicketAsync(TicketNumber)).Notes.ShouldBeEmpty();
    }

    [Fact]
    public async Task StartAsync_NotConfigured_Explains()
    {
        await ArrangeTicketAsync(connected: false);

        var result = await Starter.StartAsync(Technician(), TicketNumber);

        result.Error.ShouldBe(ServiceCaseMessages.NotConfigured);
        TeamViewer.Creates.ShouldBeEmpty();
    }

    [Fact]
    public async Task StartAsync_ClosedTicket_Refuses()
    {
        await ArrangeTicketAsync(TicketStatus.Closed);

        var result = await Starter.StartAsync(Technician(), TicketNumber);

        result.Error.ShouldBe(ServiceCaseMessages.TicketClosed);
        TeamViewer.Creates.ShouldBeEmpty();
    }

    [Fact]
    public async Task StartAsync_Supervisor_IsRefusedOnTheServer()
    {
        await ArrangeTicketAsync();

        await Should.ThrowAsync<AccessDeniedException>(() => Starter.StartAsync(Supervisor(), TicketNumber));

        TeamViewer.Creates.ShouldBeEmpty();
    }

    [Fact]
    public async Task StartAsync_PreviousCaseExpiredButNotYetSwept_ExpiresItAndStartsANewOne()
    {
        await ArrangeTicketAsync();
        var first = await PlayAsync();
        Clock.Advance(TimeSpan.FromHours(25));

        var second = await PlayAsync();

        second.Id.ShouldNotBe(first.Id);
        var cases = await CasesAsync();
        cases[0].State.ShouldBe(ServiceCaseState.Expired);
        cases[1].State.ShouldBe(ServiceCaseState.Active);
    }

    /// <summary>
    /// Presses Play with TeamViewer holding the create until the test releases <c>hold</c>; returns once the create is
    /// held, with the events recorded from that Play only.
    /// </summary>
    private async Task<(Ticket Ticket, TaskCompletionSource Hold, Task<ServiceCaseResult> Play)> PlayWhileTeamViewerHoldsTheCreateAsync()
    {
        var ticket = await ArrangeTicketAsync();
        Events.Clear();
        var hold = new TaskCompletionSource();
        TeamViewer.HoldCreate = hold;

        var play = Starter.StartAsync(Technician(), TicketNumber);
        await TeamViewer.CreateHeld.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return (ticket, hold, play);
    }

    /// <summary>
    /// Whether ticket <paramref name="ticketId"/>'s change is announced within a few seconds: the starter's timer fires
    /// on the fake clock, its announcement follows on the thread pool.
    /// </summary>
    private async Task<bool> AnnouncedAsync(int ticketId)
    {
        for (var waited = 0; waited < 100; waited++)
        {
            if (Events.Of<TicketChanged>().Contains(new TicketChanged(ticketId)))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ServiceCaseStarterTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ServiceCaseStarterTests(database), IClassFixture<PostgresTestDatabase>;
}
