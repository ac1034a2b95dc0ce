using BossRemote.Core.Notifications;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

public abstract class ServiceCasePollerTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    [Fact]
    public async Task PollAsync_NoActiveCase_MakesNoCall()
    {
        await ArrangeTicketAsync();

        await Poller.PollAsync();

        TeamViewer.ListCalls.ShouldBe(0);
    }

    [Fact]
    public async Task PollAsync_CustomerCameOnline_StoresItAndAnnouncesItOnce()
    {
        var ticket = await ArrangeTicketAsync();
        var started = await PlayAsync();
        Events.Clear();
        TeamViewer.SetOnline(started.SessionCode!, true);

        var changed = await Poller.PollAsync();
        var again = await Poller.PollAsync();

        changed.ShouldBe(1);
        again.ShouldBe(0);
        TeamViewer.ListCalls.ShouldBe(2);
        (await CasesAsync()).Single().CustomerOnline.ShouldBeTrue();
        Events.All.ShouldBe([new TicketChanged(ticket.Id), new CustomerCameOnline(started.Id)], ignoreOrder: true);
    }

    [Fact]
    public async Task CustomerCameOnline_Handled_TellsTheOwnerInTheApp()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.SetOnline(started.SessionCode!, true);
        await Poller.PollAsync();

        await Notifier.HandleAsync(new CustomerCameOnline(started.Id), CancellationToken.None);

        Notices.Received(1).Publish(Arg.Is<UserNotification>(n => n.UserIds.Single() == Database.Technician.Id
            && n.Message.Contains(started.SessionCode!) && n.Message.Contains("Emma Johnson") && n.Link == "tickets/1042"));
    }

    [Fact]
    public async Task CustomerCameOnline_HandledTwice_TellsTheOwnerOnceAndRecordsIt()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.SetOnline(started.SessionCode!, true);
        await Poller.PollAsync();

        await Notifier.HandleAsync(new CustomerCameOnline(started.Id), CancellationToken.None);
        await Notifier.HandleAsync(new CustomerCameOnline(started.Id), CancellationToken.None);

        Notices.ReceivedWithAnyArgs(1).Publish(default!);
        (await CasesAsync()).Single().CustomerOnlineNoticedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task PollAsync_OnlineButNobodyToldForAWhile_AnnouncesItAgain()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.SetOnline(started.SessionCode!, true);
        await Poller.PollAsync(); // the process that recorded this stopped before its notice went out
        Events.Clear();

        Clock.Advance(ServiceCasePoller.NoticeGrace);
        await Poller.PollAsync();

        Events.Of<CustomerCameOnline>().ShouldBe([new CustomerCameOnline(started.Id)]);
    }

    [Fact]
    public async Task PollAsync_OnlineAndToldAlready_DoesNotAnnounceItAgain()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.SetOnline(started.SessionCode!, true);
        await Poller.PollAsync();
        await Notifier.HandleAsync(new CustomerCameOnline(started.Id), CancellationToken.None);
        Events.Clear();

        Clock.Advance(ServiceCasePoller.NoticeGrace);
        await Poller.PollAsync();

        Events.Of<CustomerCameOnline>().ShouldBeEmpty();
    }

    [Fact]
    public async Task PollAsync_OneCaseGoneFromTeamViewer_EndsItWithANoteAndStillChecksTheOthers()
    {
        await ArrangeTicketAsync();
        var gone = await PlayAsync();
        await Database.AddAsync(new TicketBuilder().WithNumber(1043).Build());
        var other = (await Starter.StartAsync(Technician(), 1043)).Case!;
        TeamViewer.DeleteInTeamViewer(gone.SessionCode!);
        TeamViewer.SetOnline(other.SessionCode!, true);

        var changed = await Poller.PollAsync();

        changed.ShouldBe(2);
        var cases = await CasesAsync();
        var ended = cases.Single(c => c.Id == gone.Id);
        ended.State.ShouldBe(ServiceCaseState.Closed);
        ended.ClosedLocallyOnly.ShouldBeTrue();
        (await Database.LoadTicketAsync(TicketNumber)).Notes.ShouldContain(n =>
            n.ServiceCaseId == gone.Id && n.Body.Contains("the session no longer exists in TeamViewer"));
        cases.Single(c => c.Id == other.Id).CustomerOnline.ShouldBeTrue();
    }

    [Fact]
    public async Task PollAsync_CustomerLeft_StoresOfflineWithoutANotice()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.SetOnline(started.SessionCode!, true);
        await Poller.PollAsync();
        Events.Clear();
        TeamViewer.SetOnline(started.SessionCode!, false);

        var changed = await Poller.PollAsync();

        changed.ShouldBe(1);
        (await CasesAsync()).Single().CustomerOnline.ShouldBeFalse();
        Events.Of<CustomerCameOnline>().ShouldBeEmpty();
        Events.Of<TicketChanged>().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task PollAsync_SeveralCases_UsesOneListCall()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        await Database.AddAsync(new TicketBuilder().WithNumber(1043).Build());
        await Starter.StartAsync(Technician(), 1043);

        await Poller.PollAsync();

        TeamViewer.ListCalls.ShouldBe(1);
    }

    [Fact]
    public async Task PollAsync_ClosedInTeamViewerAMomentAgo_LeavesItForTheStopThatMayBeFinishing()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.CloseInTeamViewer(started.SessionCode!); // as Stop does, before it reads the report and saves

        await Poller.PollAsync();
        var stopped = await Stopper.StopAsync(Technician(), TicketNumber);

        stopped.Succeeded.ShouldBeTrue(stopped.Error);
        (await Database.LoadTicketAsync(TicketNumber)).Notes.OrderBy(n => n.Id).Last().Body
            .ShouldStartWith($"TeamViewer service case {started.SessionCode} closed by Taylor Reed.");
    }

    [Fact]
    public async Task PollAsync_CaseClosedInTeamViewer_EndsItHereWithANote()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.CloseInTeamViewer(started.SessionCode!);
        Clock.Advance(2 * Options.CurrentValue.RequestTimeout + ServiceCase.StaleMargin);

        await Poller.PollAsync();

        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
        (await Database.LoadTicketAsync(TicketNumber)).Notes.OrderBy(n => n.Id).Last().Body
            .ShouldStartWith($"TeamViewer service case {started.SessionCode} was closed in TeamViewer.");
    }

    [Fact]
    public async Task PollAsync_TeamViewerFails_ChangesNothing()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        TeamViewer.FailList = new TeamViewerException(TeamViewerErrorKind.RateLimited, "limit", 403, "rate_limit_reached");

        var changed = await Poller.PollAsync();

        changed.ShouldBe(0);
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ServiceCasePollerTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ServiceCasePollerTests(database), IClassFixture<PostgresTestDatabase>;
}
