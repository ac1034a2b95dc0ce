using AngleSharp.Dom;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Tickets.Components;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Tickets;

public class TicketStatusControlTests : BunitTestBase
{
    private readonly List<TicketStatus> _changes = [];
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public TicketStatusControlTests() => _popovers = RenderPopoverProvider();

    [Theory]
    [InlineData(TicketStatus.Open, "Open")]
    [InlineData(TicketStatus.InProgress, "In Progress")]
    [InlineData(TicketStatus.OnHold, "On Hold")]
    [InlineData(TicketStatus.Resolved, "Resolved")]
    [InlineData(TicketStatus.Closed, "Closed")]
    public void Render_Status_ShowsItsName(TicketStatus status, string expected)
    {
        var cut = RenderControl(status);

        cut.Find(TestId("ticket-status")).TextContent.Trim().ShouldBe(expected);
    }

    [Theory]
    [InlineData(TicketStatus.Open)]
    [InlineData(TicketStatus.InProgress)]
    [InlineData(TicketStatus.OnHold)]
    [InlineData(TicketStatus.Resolved)]
    public void Render_UnclosedTicket_OffersClose(TicketStatus status)
    {
        var cut = RenderControl(status);

        cut.FindAll(TestId("ticket-close")).ShouldHaveSingleItem();
    }

    [Fact]
    public void Render_ClosedTicket_DoesNotOfferClose()
    {
        var cut = RenderControl(TicketStatus.Closed);

        cut.FindAll(TestId("ticket-close")).ShouldBeEmpty();
    }

    [Fact]
    public void Render_CannotWorkTickets_ShowsTheStatusButNoActions()
    {
        var cut = RenderControl(TicketStatus.Open, canWork: false);

        cut.Find(TestId("ticket-status")).TextContent.Trim().ShouldBe("Open");
        cut.FindAll(TestId("ticket-close")).ShouldBeEmpty();
        cut.FindAll(TestId("ticket-status-menu")).ShouldBeEmpty();
        cut.FindAll("button").ShouldBeEmpty();
    }

    [Fact]
    public async Task CloseButton_Click_AsksToMoveToClosed()
    {
        var cut = RenderControl(TicketStatus.InProgress);

        await cut.Find(TestId("ticket-close")).ClickAsync(new());

        _changes.ShouldBe([TicketStatus.Closed]);
    }

    [Fact]
    public async Task StatusMenu_ChooseInProgress_AsksToMoveToInProgress()
    {
        var cut = RenderControl(TicketStatus.Open);

        await OpenMenuAsync(cut);
        await _popovers.Find(TestId("ticket-status-InProgress")).ClickAsync(new());

        _changes.ShouldBe([TicketStatus.InProgress]);
    }

    [Fact]
    public async Task StatusMenu_OpenTicket_OffersEveryOtherStatusExceptClosed()
    {
        var cut = RenderControl(TicketStatus.Open);

        await OpenMenuAsync(cut);

        MenuChoices().ShouldBe(["ticket-status-InProgress", "ticket-status-OnHold", "ticket-status-Resolved"]);
    }

    [Fact]
    public async Task StatusMenu_ClosedTicket_OffersOnlyReopen()
    {
        var cut = RenderControl(TicketStatus.Closed);

        await OpenMenuAsync(cut);

        MenuChoices().ShouldBe(["ticket-status-Open"]);
    }

    [Fact]
    public async Task StatusMenu_Chosen_ClosesTheMenu()
    {
        var cut = RenderControl(TicketStatus.Open);
        await OpenMenuAsync(cut);

        await _popovers.Find(TestId("ticket-status-OnHold")).ClickAsync(new());

        MenuChoices().ShouldBeEmpty();
        cut.Find($"{TestId("ticket-status-menu")} button").GetAttribute("aria-expanded").ShouldBe("false");
    }

    [Fact]
    public async Task StatusMenu_EscapePressed_ClosesWithoutAChange()
    {
        var cut = RenderControl(TicketStatus.Open);
        await OpenMenuAsync(cut);
        cut.Find($"{TestId("ticket-status-menu")} button").GetAttribute("aria-expanded").ShouldBe("true");

        await _popovers.Find("[role='menu']").KeyDownAsync(new KeyboardEventArgs { Key = "Escape" });

        MenuChoices().ShouldBeEmpty();
        _changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task CloseButton_WhileBusy_IsDisabledAndAsksNothing()
    {
        var cut = RenderControl(TicketStatus.Open, busy: true);

        var close = cut.Find(TestId("ticket-close"));
        await close.ClickAsync(new());

        close.IsDisabled().ShouldBeTrue();
        _changes.ShouldBeEmpty();
    }

    [Fact]
    public void Render_Error_ShowsItInTicketError()
    {
        const string error = "Close TeamViewer service case s12-345-678 before closing this ticket.";

        var cut = RenderControl(TicketStatus.InProgress, error: error);

        cut.Find(TestId("ticket-error")).TextContent.ShouldContain(error);
    }

    [Fact]
    public void Render_NoError_ShowsNoErrorBox()
    {
        var cut = RenderControl(TicketStatus.InProgress);

        cut.FindAll(TestId("ticket-error")).ShouldBeEmpty();
    }

    [Fact]
    public void Render_ErrorForAViewerWhoCannotWork_IsStillShown()
    {
        var cut = RenderControl(TicketStatus.Open, canWork: false, error: "You do not have permission to change ticket status.");

        cut.Find(TestId("ticket-error")).TextContent.ShouldContain("You do not have permission");
    }

    private IRenderedComponent<TicketStatusControl> RenderControl(
        TicketStatus status, bool canWork = true, bool busy = false, string? error = null) =>
        Render<TicketStatusControl>(p => p
            .Add(c => c.Status, status)
            .Add(c => c.CanWork, canWork)
            .Add(c => c.Busy, busy)
            .Add(c => c.Error, error)
            .Add(c => c.OnChange, Recorder(_changes)));

    private static Task OpenMenuAsync(IRenderedComponent<TicketStatusControl> cut) =>
        cut.Find($"{TestId("ticket-status-menu")} button").ClickAsync(new());

    private List<string?> MenuChoices() =>
        [.. _popovers.FindAll("[data-testid^='ticket-status-']").Select(e => e.GetAttribute("data-testid"))];
}
