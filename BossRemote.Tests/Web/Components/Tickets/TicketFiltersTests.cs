using AngleSharp.Dom;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Tickets.Components;
using Bunit;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Tickets;

public class TicketFiltersTests : BunitTestBase
{
    private static readonly IReadOnlyList<TicketCategory> Categories =
    [
        new() { Id = 1, Name = "Support" },
        new() { Id = 2, Name = "Network" },
    ];

    private readonly List<TicketFilterState> _changes = [];
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public TicketFiltersTests() => _popovers = RenderPopoverProvider();

    [Fact]
    public void Render_DefaultFilter_ResetIsDisabled()
    {
        var cut = RenderFilters(new TicketFilterState());

        cut.Find(TestId("filter-reset")).IsDisabled().ShouldBeTrue();
    }

    [Fact]
    public async Task Search_Typed_ReportsTheTextAndKeepsTheOtherFilters()
    {
        var cut = RenderFilters(new TicketFilterState { Priority = TicketPriority.High });

        await cut.Find(TestId("ticket-search")).InputAsync(new() { Value = "printer" });

        cut.WaitForAssertion(() => _changes.ShouldNotBeEmpty(), TimeSpan.FromSeconds(2));
        _changes[^1].Search.ShouldBe("printer");
        _changes[^1].Priority.ShouldBe(TicketPriority.High);
        _changes[^1].Statuses.ShouldBe(TicketFilterState.DefaultStatuses);
    }

    [Fact]
    public async Task Priority_Chosen_ReportsThePriority()
    {
        var cut = RenderFilters(new TicketFilterState());

        await cut.Find($"{TestId("filter-priority")}").ParentElement!.QuerySelector(".mud-select-input")!.MouseDownAsync(new());
        await _popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "Urgent").ClickAsync(new());

        _changes.ShouldHaveSingleItem().Priority.ShouldBe(TicketPriority.Urgent);
    }

    [Fact]
    public async Task Category_Chosen_ReportsTheCategoryId()
    {
        var cut = RenderFilters(new TicketFilterState());

        await cut.Find($"{TestId("filter-category")}").ParentElement!.QuerySelector(".mud-select-input")!.MouseDownAsync(new());
        await _popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "Network").ClickAsync(new());

        _changes.ShouldHaveSingleItem().CategoryId.ShouldBe(2);
    }

    [Fact]
    public async Task Reset_AfterFiltering_ReportsTheDefaultFilter()
    {
        var cut = RenderFilters(new TicketFilterState { Search = "vpn", Statuses = [TicketStatus.Closed], CategoryId = 1 });
        cut.Find(TestId("filter-reset")).IsDisabled().ShouldBeFalse();

        await cut.Find(TestId("filter-reset")).ClickAsync(new());

        var reset = _changes.ShouldHaveSingleItem();
        reset.IsDefault.ShouldBeTrue();
        reset.Statuses.ShouldBe(TicketFilterState.DefaultStatuses);
    }

    private IRenderedComponent<TicketFilters> RenderFilters(TicketFilterState value) =>
        Render<TicketFilters>(p => p
            .Add(c => c.Value, value)
            .Add(c => c.Categories, Categories)
            .Add(c => c.ValueChanged, Recorder(_changes)));
}
