using BossRemote.Core.Common;
using BossRemote.Core.Notifications;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using BossRemote.Web.Realtime;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace BossRemote.Tests.Web.Realtime;

public class LiveUpdatesTests
{
    private readonly ILiveUpdateRelay _relay = Substitute.For<ILiveUpdateRelay>();
    private readonly LiveUpdates _live;

    public LiveUpdatesTests() => _live = new LiveUpdates(new LiveUpdateFanOut(NullLogger<LiveUpdateFanOut>.Instance), _relay, new SharedReads());

    [Fact]
    public async Task Publish_TicketChanged_ReachesThatTicketsPagesAndTheListHereAndGoesToTheRelay()
    {
        var ticket = new LiveProbe();
        var other = new LiveProbe();
        var list = new LiveProbe();
        using var a = _live.SubscribeTicket(7, ticket.Hit);
        using var b = _live.SubscribeTicket(8, other.Hit);
        using var c = _live.SubscribeAllTickets(list.Hit);

        _live.Publish(new TicketChanged(7));

        await ticket.WaitForAsync(1);
        await list.WaitForAsync(1);
        other.Count.ShouldBe(0);
        _relay.Received(1).Send(new TicketChanged(7));
    }

    [Fact]
    public async Task Deliver_FromAnotherInstance_ReachesThePagesHereWithoutGoingBackToTheRelay()
    {
        var ticket = new LiveProbe();
        using var a = _live.SubscribeTicket(7, ticket.Hit);

        _live.Deliver(new TicketChanged(7));

        await ticket.WaitForAsync(1);
        _relay.DidNotReceiveWithAnyArgs().Send(default!);
    }

    [Fact]
    public async Task Publish_Notice_ReachesEachNamedPersonOnly()
    {
        var alice = new LiveProbe();
        var bob = new LiveProbe();
        using var a = _live.SubscribeNotices("alice", alice.Hit);
        using var b = _live.SubscribeNotices("bob", bob.Hit);
        var notice = new UserNotification(["alice"], "Emma is online", "tickets/1042");

        _live.Publish(notice);

        await alice.WaitForAsync(1);
        bob.Count.ShouldBe(0);
        _relay.Received(1).Send(notice);
    }

    [Fact]
    public async Task Deliver_EverythingMayHaveChanged_EveryOpenTicketConnectionPageAndBellReReads()
    {
        var first = new LiveProbe();
        var second = new LiveProbe();
        var connection = new LiveProbe();
        var bell = new LiveProbe();
        using var a = _live.SubscribeTicket(1, first.Hit);
        using var b = _live.SubscribeTicket(2, second.Hit);
        using var c = _live.SubscribeConnection(connection.Hit);
        using var d = _live.SubscribeNotices("alice", bell.Hit);

        _live.Deliver(new EverythingMayHaveChanged());

        await first.WaitForAsync(1);
        await second.WaitForAsync(1);
        await connection.WaitForAsync(1);
        await bell.WaitForAsync(1);
    }

    [Fact]
    public async Task Publish_ConnectionChanged_ReachesTheWidgets()
    {
        var widget = new LiveProbe();
        using var a = _live.SubscribeConnection(widget.Hit);

        _live.Publish(new TeamViewerConnectionChanged());

        await widget.WaitForAsync(1);
    }
}
