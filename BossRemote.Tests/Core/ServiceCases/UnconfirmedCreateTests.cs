using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.ServiceCases;

/// <summary>
/// A Play whose create got no clear answer (issue 10.3): the ticket shows "creating" until the create has surely timed
/// out, then offers Try again and Cancel; a cancel frees the ticket at once and a session TeamViewer made after all is
/// closed there — at once, or by the sweep once TeamViewer answers.
/// </summary>
public abstract class UnconfirmedCreateTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    private TimeSpan UntilStale => Options.CurrentValue.RequestTimeout + ServiceCase.StaleMargin;

    [Fact]
    public async Task GetWidgetAsync_CreateUnanswered_IsCreatingUntilStaleThenUnconfirmed()
    {
        var ticket = await ArrangeTicketAsync();
        TeamViewer.FailCreate = Timeout();
        await Starter.StartAsync(Technician(), TicketNumber);
        var pending = (await CasesAsync()).Single();

        var creating = await Reader.GetWidgetAsync(Technician(), ticket.Id);
        Clock.Advance(UntilStale - TimeSpan.FromSeconds(1));
        var stillCreating = await Reader.GetWidgetAsync(Technician(), ticket.Id);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var unconfirmed = await Reader.GetWidgetAsync(Technician(), ticket.Id);

        creating.State.ShouldBe(TeamViewerWidgetState.Creating);
        creating.UnconfirmedAt.ShouldBe(pending.CreatedAt + UntilStale);
        stillCreating.State.ShouldBe(TeamViewerWidgetState.Creating);
        unconfirmed.State.ShouldBe(TeamViewerWidgetState.Unconfirmed);
        unconfirmed.UnconfirmedAt.ShouldBeNull();
    }

    [Fact]
    public async Task CancelAsync_TooSoon_RefusesAndKeepsTheCase()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreate = Timeout();
        await Starter.StartAsync(Technician(), TicketNumber);

        var result = await Stopper.CancelAsync(Technician(), TicketNumber);

        result.Error.ShouldBe(ServiceCaseMessages.CancelTooSoon);
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Pending);
    }

    [Fact]
    public async Task CancelAsync_NothingInTeamViewer_RemovesTheCaseAuditsAndTheTicketIsReady()
    {
        var ticket = await ArrangeTicketAsync();
        TeamViewer.FailCreate = Timeout();
        await Starter.StartAsync(Technician(), TicketNumber);
        Clock.Advance(UntilStale);

        var result = await Stopper.CancelAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeTrue(result.Error);
        result.Notice.ShouldBeNull();
        (await CasesAsync()).ShouldBeEmpty();
        (await AuditEntriesAsync()).Last().Action.ShouldBe(AuditActions.CaseCancelled);
        (await Reader.GetWidgetAsync(Technician(), ticket.Id)).State.ShouldBe(TeamViewerWidgetState.Ready);
        (await Starter.StartAsync(Technician(), TicketNumber)).Case!.State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task CancelAsync_TeamViewerHadMadeTheSession_ClosesItThereAndSendsNoInvitation()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreateAfterStoring = Timeout();
        TeamViewer.FailFind = new TeamViewerException(TeamViewerErrorKind.ServiceUnavailable, "down");
        await Starter.StartAsync(Technician(), TicketNumber);
        TeamViewer.FailFind = null;
        Clock.Advance(UntilStale);

        var result = await Stopper.CancelAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeTrue(result.Error);
        TeamViewer.Closes.ShouldBe([TeamViewer.Sessions.Single().Code]);
        (await CasesAsync()).ShouldBeEmpty();
        Events.Of<ServiceCaseActivated>().ShouldBeEmpty();
    }

    [Fact]
    public async Task CancelAsync_TeamViewerUnreachable_FreesTheTicketAndTheSweepClosesTheSessionOnceItAnswers()
    {
        var ticket = await ArrangeTicketAsync();
        TeamViewer.FailCreateAfterStoring = Timeout();
        TeamViewer.FailFind = new TeamViewerException(TeamViewerErrorKind.Unreachable, "down");
        await Starter.StartAsync(Technician(), TicketNumber);
        var lost = TeamViewer.Sessions.Single().Code;
        Clock.Advance(UntilStale);

        var result = await Stopper.CancelAsync(Technician(), TicketNumber);
        var workflow = new TicketWorkflow(Database.Factory, Access, [new ServiceCaseCloseGuard(Database.Factory, Clock)], new AuditLog(Database.Factory, Access, Clock), Clock);
        var blocker = await new ServiceCaseCloseGuard(Database.Factory, Clock).GetCloseBlockerAsync(ticket.Id, CancellationToken.None);
        var widget = await Reader.GetWidgetAsync(Technician(), ticket.Id);
        await Expiry.SweepAsync();
        var afterFailedSweep = await CasesAsync();
        TeamViewer.FailFind = null;
        await Expiry.SweepAsync();

        result.Succeeded.ShouldBeTrue(result.Error);
        result.Notice.ShouldBe(ServiceCaseMessages.CancelledUnconfirmed);
        blocker.ShouldBeNull();
        widget.State.ShouldBe(TeamViewerWidgetState.Ready);
        widget.Current.ShouldBeNull();
        afterFailedSweep.ShouldHaveSingleItem().State.ShouldBe(ServiceCaseState.Cancelled);
        TeamViewer.Closes.ShouldBe([lost]);
        (await CasesAsync()).ShouldBeEmpty();
        (await workflow.ChangeStatusAsync(Technician(), TicketNumber, TicketStatus.Closed)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task SweepAsync_CancelledLongerThanAnySessionLives_ForgetsItWithoutAskingTeamViewer()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreate = Timeout();
        TeamViewer.FailFind = new TeamViewerException(TeamViewerErrorKind.Unreachable, "down");
        await Starter.StartAsync(Technician(), TicketNumber);
        Clock.Advance(UntilStale);
        await Stopper.CancelAsync(Technician(), TicketNumber);
        Clock.Advance(ServiceCase.DefaultValidity);

        await Expiry.SweepAsync();

        (await CasesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task CancelAsync_ActiveCase_SaysItExistsAndLeavesItOpen()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();

        var result = await Stopper.CancelAsync(Technician(), TicketNumber);

        result.Error.ShouldBe(ServiceCaseMessages.CreatedAfterAll);
        result.Case!.SessionCode.ShouldBe(started.SessionCode);
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task CancelAsync_Supervisor_IsRefusedOnTheServer()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreate = Timeout();
        await Starter.StartAsync(Technician(), TicketNumber);
        Clock.Advance(UntilStale);

        await Should.ThrowAsync<AccessDeniedException>(() => Stopper.CancelAsync(Supervisor(), TicketNumber));

        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Pending);
    }

    [Fact]
    public async Task StartAsync_TryAgainWhileTeamViewerStillCannotSay_ExplainsAndKeepsOneCase()
    {
        await ArrangeTicketAsync();
        TeamViewer.FailCreate = Timeout();
        TeamViewer.FailFind = new TeamViewerException(TeamViewerErrorKind.Unreachable, "down");
        await Starter.StartAsync(Technician(), TicketNumber);
        Clock.Advance(UntilStale);

        var retried = await Starter.StartAsync(Technician(), TicketNumber);

        retried.Error.ShouldBe(ServiceCaseMessages.StillUnconfirmed);
        TeamViewer.Creates.ShouldBeEmpty(); // the one create failed before TeamViewer stored it; no second was sent
        (await CasesAsync()).ShouldHaveSingleItem().State.ShouldBe(ServiceCaseState.Pending);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : UnconfirmedCreateTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : UnconfirmedCreateTests(database), IClassFixture<PostgresTestDatabase>;
}
