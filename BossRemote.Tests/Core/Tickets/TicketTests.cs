using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.Tickets;

public class TicketTests
{
    private static readonly DateTime Created = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = new(2026, 3, 3, 16, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void TryChangeStatus_OpenToClosed_SetsClosedAtAndBumpsVersionAndUpdatedAt()
    {
        var ticket = new TicketBuilder().WithStatus(TicketStatus.Open).UpdatedAt(Created).WithVersion(3).Build();

        var changed = ticket.TryChangeStatus(TicketStatus.Closed, Later);

        changed.ShouldBeTrue();
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosedAt.ShouldBe(Later);
        ticket.UpdatedAt.ShouldBe(Later);
        ticket.Version.ShouldBe(4);
    }

    [Fact]
    public void TryChangeStatus_ClosedToOpen_ClearsClosedAt()
    {
        var ticket = new TicketBuilder().UpdatedAt(Created).WithStatus(TicketStatus.Closed).Build();

        var changed = ticket.TryChangeStatus(TicketStatus.Open, Later);

        changed.ShouldBeTrue();
        ticket.Status.ShouldBe(TicketStatus.Open);
        ticket.ClosedAt.ShouldBeNull();
        ticket.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void TryChangeStatus_OpenToInProgress_LeavesClosedAtEmpty()
    {
        var ticket = new TicketBuilder().WithStatus(TicketStatus.Open).Build();

        var changed = ticket.TryChangeStatus(TicketStatus.InProgress, Later);

        changed.ShouldBeTrue();
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public void TryChangeStatus_ClosedToInProgress_RefusedAndNothingChanges()
    {
        var ticket = new TicketBuilder().UpdatedAt(Created).WithStatus(TicketStatus.Closed).WithVersion(7).Build();

        var changed = ticket.TryChangeStatus(TicketStatus.InProgress, Later);

        changed.ShouldBeFalse();
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosedAt.ShouldBe(Created);
        ticket.UpdatedAt.ShouldBe(Created);
        ticket.Version.ShouldBe(7);
    }

    [Fact]
    public void TryChangeStatus_SameStatus_RefusedAndVersionUnchanged()
    {
        var ticket = new TicketBuilder().WithStatus(TicketStatus.OnHold).WithVersion(2).Build();

        var changed = ticket.TryChangeStatus(TicketStatus.OnHold, Later);

        changed.ShouldBeFalse();
        ticket.Version.ShouldBe(2);
    }

    [Fact]
    public void Touch_AnyTime_SetsUpdatedAtAndBumpsVersion()
    {
        var ticket = new TicketBuilder().UpdatedAt(Created).WithVersion(0).Build();

        ticket.Touch(Later);

        ticket.UpdatedAt.ShouldBe(Later);
        ticket.Version.ShouldBe(1);
    }

    [Fact]
    public void FormatNumber_Number_PrefixesHash()
    {
        var text = Ticket.FormatNumber(1042);

        text.ShouldBe("#1042");
    }
}
