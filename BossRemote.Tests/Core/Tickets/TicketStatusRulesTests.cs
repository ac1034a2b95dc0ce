using BossRemote.Core.Tickets;

namespace BossRemote.Tests.Core.Tickets;

public class TicketStatusRulesTests
{
    [Theory]
    [InlineData(TicketStatus.Open, TicketStatus.Open, false)]
    [InlineData(TicketStatus.Open, TicketStatus.InProgress, true)]
    [InlineData(TicketStatus.Open, TicketStatus.OnHold, true)]
    [InlineData(TicketStatus.Open, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.Open, TicketStatus.Closed, true)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Open, true)]
    [InlineData(TicketStatus.InProgress, TicketStatus.InProgress, false)]
    [InlineData(TicketStatus.InProgress, TicketStatus.OnHold, true)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Closed, true)]
    [InlineData(TicketStatus.OnHold, TicketStatus.Open, true)]
    [InlineData(TicketStatus.OnHold, TicketStatus.InProgress, true)]
    [InlineData(TicketStatus.OnHold, TicketStatus.OnHold, false)]
    [InlineData(TicketStatus.OnHold, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.OnHold, TicketStatus.Closed, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Open, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.InProgress, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.OnHold, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Resolved, false)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed, true)]
    [InlineData(TicketStatus.Closed, TicketStatus.Open, true)]
    [InlineData(TicketStatus.Closed, TicketStatus.InProgress, false)]
    [InlineData(TicketStatus.Closed, TicketStatus.OnHold, false)]
    [InlineData(TicketStatus.Closed, TicketStatus.Resolved, false)]
    [InlineData(TicketStatus.Closed, TicketStatus.Closed, false)]
    public void CanChange_EveryTransition_FollowsTheWorkflow(TicketStatus from, TicketStatus to, bool expected)
    {
        var allowed = TicketStatusRules.CanChange(from, to);

        allowed.ShouldBe(expected);
    }

    [Fact]
    public void CanChange_UndefinedTargetStatus_IsRefused()
    {
        var undefined = (TicketStatus)42;

        var allowed = TicketStatusRules.CanChange(TicketStatus.Open, undefined);

        allowed.ShouldBeFalse();
    }

    [Fact]
    public void NextStatuses_Closed_OffersOnlyOpen()
    {
        var next = TicketStatusRules.NextStatuses(TicketStatus.Closed);

        next.ShouldBe([TicketStatus.Open]);
    }

    [Fact]
    public void NextStatuses_Open_OffersEveryOtherStatusInWorkflowOrder()
    {
        var next = TicketStatusRules.NextStatuses(TicketStatus.Open);

        next.ShouldBe([TicketStatus.InProgress, TicketStatus.OnHold, TicketStatus.Resolved, TicketStatus.Closed]);
    }

    [Theory]
    [InlineData(TicketStatus.Open, true)]
    [InlineData(TicketStatus.InProgress, true)]
    [InlineData(TicketStatus.OnHold, true)]
    [InlineData(TicketStatus.Resolved, false)]
    [InlineData(TicketStatus.Closed, false)]
    public void IsActive_Status_TrueOnlyForUnfinishedWork(TicketStatus status, bool expected)
    {
        var active = TicketStatusRules.IsActive(status);

        active.ShouldBe(expected);
    }
}
