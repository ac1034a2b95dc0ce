using BossRemote.Core.Common;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.ServiceCases;

public abstract class ServiceCaseReaderTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    [Fact]
    public async Task GetWidgetAsync_NotConnected_IsNotConfigured()
    {
        var ticket = await ArrangeTicketAsync(connected: false);

        var widget = await Reader.GetWidgetAsync(Technician(), ticket.Id);

        widget.State.ShouldBe(TeamViewerWidgetState.NotConfigured);
    }

    [Fact]
    public async Task GetWidgetAsync_ConnectedWithoutCase_IsReadyForATechnicianOnly()
    {
        var ticket = await ArrangeTicketAsync();

        var technician = await Reader.GetWidgetAsync(Technician(), ticket.Id);
        var supervisor = await Reader.GetWidgetAsync(Supervisor(), ticket.Id);

        technician.State.ShouldBe(TeamViewerWidgetState.Ready);
        technician.CanOperate.ShouldBeTrue();
        supervisor.CanOperate.ShouldBeFalse();
        technician.Last.ShouldBeNull();
    }

    [Fact]
    public async Task GetWidgetAsync_ActiveCase_IsActiveWithTheCase()
    {
        var ticket = await ArrangeTicketAsync();
        var started = await PlayAsync();

        var widget = await Reader.GetWidgetAsync(Technician(), ticket.Id);

        widget.State.ShouldBe(TeamViewerWidgetState.Active);
        widget.Current!.SessionCode.ShouldBe(started.SessionCode);
    }

    [Fact]
    public async Task GetWidgetAsync_AfterStop_IsReadyAndShowsTheLastCase()
    {
        var ticket = await ArrangeTicketAsync();
        var started = await PlayAsync();
        await Stopper.StopAsync(Technician(), TicketNumber);

        var widget = await Reader.GetWidgetAsync(Technician(), ticket.Id);

        widget.State.ShouldBe(TeamViewerWidgetState.Ready);
        widget.Last!.SessionCode.ShouldBe(started.SessionCode);
        widget.Last.State.ShouldBe(ServiceCaseState.Closed);
    }

    [Fact]
    public async Task GetWidgetAsync_ActivePastValidUntilBeforeTheJobRan_ShowsItExpired()
    {
        var ticket = await ArrangeTicketAsync();
        await PlayAsync();
        Clock.Advance(TimeSpan.FromHours(24));

        var widget = await Reader.GetWidgetAsync(Technician(), ticket.Id);

        widget.State.ShouldBe(TeamViewerWidgetState.Ready);
        widget.Last!.State.ShouldBe(ServiceCaseState.Expired);
    }

    [Fact]
    public async Task GetWidgetAsync_ClosedTicket_SaysSo()
    {
        var ticket = await ArrangeTicketAsync(TicketStatus.Closed);

        var widget = await Reader.GetWidgetAsync(Technician(), ticket.Id);

        widget.TicketClosed.ShouldBeTrue();
    }

    [Fact]
    public async Task GetWidgetAsync_CustomerJoinedThenLeft_SaysTheyLeft()
    {
        var ticket = await ArrangeTicketAsync();
        var started = await PlayAsync();
        var waiting = (await Reader.GetWidgetAsync(Technician(), ticket.Id)).Current!;
        TeamViewer.SetOnline(started.SessionCode!, true);
        await Poller.PollAsync();
        TeamViewer.SetOnline(started.SessionCode!, false);
        await Poller.PollAsync();

        var left = (await Reader.GetWidgetAsync(Technician(), ticket.Id)).Current!;

        waiting.CustomerLeft.ShouldBeFalse("nobody has joined yet");
        left.CustomerOnline.ShouldBeFalse();
        left.CustomerLeft.ShouldBeTrue();
    }

    [Fact]
    public async Task TicketTimeline_AfterPlayAndStop_StartedNoteShowsValidUntilAndClosedNoteTheSummary()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Stopper.StopAsync(Technician(), TicketNumber);

        var details = await new TicketReader(Database.Factory, Access, new SharedReads()).GetAsync(Technician(), TicketNumber);

        var notes = details!.Notes.Where(n => n.Case is not null).ToList();
        notes.Count.ShouldBe(2);
        notes[0].Case!.End.ShouldBeNull();
        notes[0].Case!.ValidUntil.ShouldBe(started.ValidUntil);
        notes[1].Case!.End.ShouldBe(Now);
        notes[1].Case!.Duration.ShouldBe(TimeSpan.FromMinutes(5));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ServiceCaseReaderTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ServiceCaseReaderTests(database), IClassFixture<PostgresTestDatabase>;
}
