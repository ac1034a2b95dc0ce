using BossRemote.Core.Audit;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

public abstract class ServiceCaseStopperTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    [Fact]
    public async Task StopAsync_ActiveCase_ClosesInTeamViewerAndWritesStartEndDuration()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromMinutes(12) + TimeSpan.FromSeconds(34));

        var result = await Stopper.StopAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeTrue();
        TeamViewer.Closes.ShouldBe([started.SessionCode!]);
        var stored = (await CasesAsync()).Single();
        stored.State.ShouldBe(ServiceCaseState.Closed);
        stored.EndedAt.ShouldBe(Now);
        stored.EndedByName.ShouldBe("Taylor Reed");
        stored.ClosedLocallyOnly.ShouldBeFalse();
        var note = (await Database.LoadTicketAsync(TicketNumber)).Notes.OrderBy(n => n.Id).Last();
        note.ServiceCaseId.ShouldBe(started.Id);
        note.Body.ShouldBe(
            $"TeamViewer service case {started.SessionCode} closed by Taylor Reed.\n" +
            "Start: 2026-03-10 14:00:00 UTC · End: 2026-03-10 14:12:34 UTC · Duration: 12 min 34 s");
        (await AuditEntriesAsync()).Last().Action.ShouldBe(AuditActions.CaseClosed);
    }

    [Fact]
    public async Task StopAsync_ConnectionReportExists_AddsTheConnectedTime()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.Reports.Add(new ConnectionReport
        {
            Id = Guid.NewGuid().ToString(), SessionCode = started.SessionCode, StartDate = Now.AddMinutes(2), EndDate = Now.AddMinutes(9),
        });
        TeamViewer.Reports.Add(new ConnectionReport
        {
            Id = Guid.NewGuid().ToString(), SessionCode = "s999-999-999", StartDate = Now, EndDate = Now.AddHours(1),
        });
        Clock.Advance(TimeSpan.FromMinutes(10));

        await Stopper.StopAsync(Technician(), TicketNumber);

        (await CasesAsync()).Single().ConnectedSeconds.ShouldBe(7 * 60);
        (await Database.LoadTicketAsync(TicketNumber)).Notes.OrderBy(n => n.Id).Last().Body.ShouldEndWith(" · Connected: 7 min 00 s");
    }

    [Fact]
    public async Task StopAsync_CustomerLeavesWhileStopping_StillEndsTheCaseWithItsNote()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        TeamViewer.WhileReadingReports = () => SetCustomerOnlineElsewhereAsync(started.Id, true);

        var stopped = await Stopper.StopAsync(Technician(), TicketNumber);

        stopped.Succeeded.ShouldBeTrue();
        stopped.Case!.State.ShouldBe(ServiceCaseState.Closed);
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
        (await Database.LoadTicketAsync(TicketNumber)).Notes.OrderBy(n => n.Id).Last().Body
            .ShouldStartWith($"TeamViewer service case {started.SessionCode} closed by Taylor Reed.");
    }

    [Fact]
    public async Task StopAsync_TheCaseKeepsChangingWhileStopping_SaysSoInsteadOfStoppedAndAgainEndsIt()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        var online = false;
        async Task ChangeOnlineAsync()
        {
            online = !online;
            await SetCustomerOnlineElsewhereAsync(started.Id, online);
            TeamViewer.WhileReadingReports = ChangeOnlineAsync; // and again, on every attempt
        }

        TeamViewer.WhileReadingReports = ChangeOnlineAsync;

        var stopped = await Stopper.StopAsync(Technician(), TicketNumber);
        TeamViewer.WhileReadingReports = null;
        var stillOpen = (await CasesAsync()).Single().State;
        var again = await Stopper.StopAsync(Technician(), TicketNumber);

        stopped.Error.ShouldBe(ServiceCaseMessages.EndNotSaved);
        stillOpen.ShouldBe(ServiceCaseState.Active);
        again.Succeeded.ShouldBeTrue();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
    }

    /// <summary>
    /// The poll recording the customer's coming or going, from a context of its own: as it can between Stop's read of the
    /// case and its save.
    /// </summary>
    private async Task SetCustomerOnlineElsewhereAsync(long caseId, bool online)
    {
        await using var db = Database.CreateDbContext();
        var serviceCase = await db.ServiceCases.SingleAsync(c => c.Id == caseId);
        serviceCase.SetCustomerOnline(online, Now.AddMinutes(10));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task StopAsync_TokenRevoked_ExplainsOffersLocalCloseAndKeepsTheCaseOpen()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        TeamViewer.FailClose = Revoked();

        var result = await Stopper.StopAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe(ServiceCaseMessages.Revoked);
        result.CanCloseLocally.ShouldBeTrue();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task StopAsync_TeamViewerDown_ExplainsWithoutLocalCloseAndKeepsTheCaseOpen()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        TeamViewer.FailClose = new TeamViewerException(TeamViewerErrorKind.ServiceUnavailable, "TeamViewer cannot be reached right now.");

        var result = await Stopper.StopAsync(Technician(), TicketNumber);

        result.Error.ShouldBe("TeamViewer cannot be reached right now.");
        result.CanCloseLocally.ShouldBeFalse();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task StopAsync_TeamViewerNoLongerKnowsTheCode_ClosesTheCase()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        TeamViewer.FailClose = new TeamViewerException(TeamViewerErrorKind.NotFound, "gone", 404);

        var result = await Stopper.StopAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeTrue();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
    }

    [Fact]
    public async Task StopAsync_NoOpenCase_Explains()
    {
        await ArrangeTicketAsync();

        var result = await Stopper.StopAsync(Technician(), TicketNumber);

        result.Error.ShouldBe(ServiceCaseMessages.NoOpenCase);
    }

    [Fact]
    public async Task CloseLocallyAsync_TokenRevoked_ClosesInBossRemoteOnly()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.TokenValid = false;

        var result = await Stopper.CloseLocallyAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeTrue();
        TeamViewer.Closes.ShouldBeEmpty();
        var stored = (await CasesAsync()).Single();
        stored.State.ShouldBe(ServiceCaseState.Closed);
        stored.ClosedLocallyOnly.ShouldBeTrue();
        (await Database.LoadTicketAsync(TicketNumber)).Notes.OrderBy(n => n.Id).Last().Body
            .ShouldStartWith($"TeamViewer service case {started.SessionCode} closed in BossRemote only by Taylor Reed");
        (await AuditEntriesAsync()).Last().Action.ShouldBe(AuditActions.CaseClosedLocally);
    }

    [Fact]
    public async Task CloseLocallyAsync_TokenRemovedByRevoke_ClosesInBossRemoteOnly()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        Tokens.GetTokenAsync(Arg.Any<CancellationToken>()).Returns(ValueTask.FromResult<string?>(null));

        var result = await Stopper.CloseLocallyAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeTrue();
        (await CasesAsync()).Single().ClosedLocallyOnly.ShouldBeTrue();
    }

    [Fact]
    public async Task CloseLocallyAsync_TokenStillAccepted_RefusesSoNoLiveSessionIsLeftBehind()
    {
        await ArrangeTicketAsync();
        await PlayAsync();

        var result = await Stopper.CloseLocallyAsync(Technician(), TicketNumber);

        result.Succeeded.ShouldBeFalse();
        result.Error!.ShouldContain("press Stop");
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task StopAsync_Supervisor_IsRefusedOnTheServer()
    {
        await ArrangeTicketAsync();
        await PlayAsync();

        await Should.ThrowAsync<BossRemote.Core.Common.AccessDeniedException>(() => Stopper.StopAsync(Supervisor(), TicketNumber));

        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
    }

    [Fact]
    public async Task CloseGuard_ActiveCase_BlocksClosingTheTicketAndNamesTheCase()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();

        var result = await Workflow.ChangeStatusAsync(Technician(), TicketNumber, TicketStatus.Closed);

        result.Error.ShouldBe($"Close TeamViewer service case {started.SessionCode} before closing this ticket.");
        (await Database.LoadTicketAsync(TicketNumber)).Status.ShouldBe(TicketStatus.Open);
    }

    [Fact]
    public async Task CloseGuard_CaseStopped_LetsTheTicketClose()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        await Stopper.StopAsync(Technician(), TicketNumber);

        var result = await Workflow.ChangeStatusAsync(Technician(), TicketNumber, TicketStatus.Closed);

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task StopAsync_WithWrapUp_WritesItUnderTheSummaryAndLeavesTheStatus()
    {
        await ArrangeTicketAsync(TicketStatus.InProgress);
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await Stopper.StopAsync(Technician(), TicketNumber,
            new StopWrapUp("  Reinstalled the printer driver.\r\nAsked Emma to <b>reboot</b>.  ", ResolveTicket: false));

        result.Succeeded.ShouldBeTrue();
        result.Notice.ShouldBeNull();
        var ticket = await Database.LoadTicketAsync(TicketNumber);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        var body = ticket.Notes.OrderBy(n => n.Id).Last().Body;
        body.ShouldBe(
            $"TeamViewer service case {started.SessionCode} closed by Taylor Reed.\n" +
            "Start: 2026-03-10 14:00:00 UTC · End: 2026-03-10 14:05:00 UTC · Duration: 5 min 00 s\n" +
            "Wrap-up: Reinstalled the printer driver.\nAsked Emma to <b>reboot</b>.");
        ServiceCaseNotes.WrapUpOf(body).ShouldBe("Reinstalled the printer driver.\nAsked Emma to <b>reboot</b>.");
    }

    [Fact]
    public async Task StopAsync_WrapUpResolves_EndsTheCaseThenResolvesTheTicket()
    {
        await ArrangeTicketAsync(TicketStatus.InProgress);
        await PlayAsync();

        var result = await Stopper.StopAsync(Technician(), TicketNumber, new StopWrapUp(null, ResolveTicket: true));

        result.Succeeded.ShouldBeTrue();
        result.Notice.ShouldBeNull();
        var ticket = await Database.LoadTicketAsync(TicketNumber);
        ticket.Status.ShouldBe(TicketStatus.Resolved);
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
        ServiceCaseNotes.WrapUpOf(ticket.Notes.Single(n => n.ServiceCaseId != null && n.Body.Contains(" closed by ")).Body).ShouldBeNull();
        (await AuditEntriesAsync()).Select(e => e.Action).ShouldContain(AuditActions.CaseClosed);
    }

    [Fact]
    public async Task StopAsync_ResolveOnAResolvedTicket_StopsWithoutAComplaint()
    {
        await ArrangeTicketAsync(TicketStatus.Resolved);
        await PlayAsync();

        var result = await Stopper.StopAsync(Technician(), TicketNumber, new StopWrapUp(null, ResolveTicket: true));

        result.Succeeded.ShouldBeTrue();
        result.Notice.ShouldBeNull();
        (await Database.LoadTicketAsync(TicketNumber)).Status.ShouldBe(TicketStatus.Resolved);
    }

    [Fact]
    public async Task StopAsync_WrapUpTooLong_ClosesNothingAndSaysHowLong()
    {
        await ArrangeTicketAsync();
        await PlayAsync();

        var result = await Stopper.StopAsync(Technician(), TicketNumber, new StopWrapUp(new string('x', StopWrapUp.MaxLength + 1), ResolveTicket: true));

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("The wrap-up can be at most 4,000 characters; it has 4,001. Shorten it and press Stop session again.");
        TeamViewer.Closes.ShouldBeEmpty();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
        (await Database.LoadTicketAsync(TicketNumber)).Status.ShouldBe(TicketStatus.Open);
    }

    [Fact]
    public async Task StopAsync_TeamViewerRefusesTheClose_KeepsTheCaseAndDoesNotResolve()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        TeamViewer.FailClose = new TeamViewerException(TeamViewerErrorKind.ServiceUnavailable, "down", 503);

        var result = await Stopper.StopAsync(Technician(), TicketNumber, new StopWrapUp("Fixed it", ResolveTicket: true));

        result.Succeeded.ShouldBeFalse();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
        (await Database.LoadTicketAsync(TicketNumber)).Status.ShouldBe(TicketStatus.Open);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ServiceCaseStopperTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ServiceCaseStopperTests(database), IClassFixture<PostgresTestDatabase>;
}
