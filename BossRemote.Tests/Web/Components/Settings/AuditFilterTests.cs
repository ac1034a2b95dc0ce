using BossRemote.Core.Audit;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Settings.Components;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Settings;

public class AuditFilterTests : BunitTestBase
{
    private static readonly IReadOnlyList<AuditActor> Actors =
    [
        new("u-maria", "Maria Garcia"),
        new(AuditQuery.SystemActor, "BossRemote"),
    ];

    private readonly List<AuditFilterState> _changes = [];
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public AuditFilterTests() => _popovers = RenderPopoverProvider();

    [Fact]
    public async Task Action_Chosen_ListsReadableNamesAndReportsTheStableOne()
    {
        var cut = RenderFilter(new AuditFilterState(Actor: "u-maria"));

        await OpenAsync(cut, "audit-action");
        var items = _popovers.FindAll(".mud-list-item");
        items.Select(i => i.TextContent.Trim()).ShouldContain("Ticket details changed");
        items.ShouldAllBe(i => !i.TextContent.Contains('.'));
        await items.Single(i => i.TextContent.Trim() == "Ticket details changed").ClickAsync(new());

        _changes.ShouldHaveSingleItem().ShouldBe(new AuditFilterState(Actor: "u-maria", Action: AuditActions.TicketChanged));
    }

    [Fact]
    public async Task Person_Chosen_ReportsTheirKeyAndKeepsTheAction()
    {
        var cut = RenderFilter(new AuditFilterState(Action: AuditActions.CaseExpired));

        await OpenAsync(cut, "audit-person");
        await _popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Contains("BossRemote")).ClickAsync(new());

        _changes.ShouldHaveSingleItem().ShouldBe(new AuditFilterState(AuditQuery.SystemActor, AuditActions.CaseExpired));
    }

    [Fact]
    public void Render_ActionChosen_ShowsItsReadableName()
    {
        var cut = RenderFilter(new AuditFilterState(Action: AuditActions.CaseClosedLocally));

        cut.Find(TestId("audit-action")).ParentElement!.QuerySelector("input")!.GetAttribute("value")
            .ShouldBe("Service case closed in BossRemote only");
    }

    [Fact]
    public async Task Dates_Typed_ReportsTheDays()
    {
        var cut = RenderFilter(new AuditFilterState(From: new DateOnly(2026, 3, 1)));

        await cut.Find(TestId("audit-to")).ChangeAsync(new ChangeEventArgs { Value = "2026-03-10" });

        _changes.ShouldHaveSingleItem().ShouldBe(new AuditFilterState(From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 10)));
    }

    [Fact]
    public async Task EndDate_BeforeStartDate_ShowsWhyAndReportsNothing()
    {
        var cut = RenderFilter(new AuditFilterState(From: new DateOnly(2026, 3, 10)));

        await cut.Find(TestId("audit-to")).ChangeAsync(new ChangeEventArgs { Value = "2026-03-01" });

        _changes.ShouldBeEmpty();
        cut.Find(TestId("audit-filter-error")).TextContent.ShouldContain("The end date is before the start date.");
    }

    private static async Task OpenAsync(IRenderedComponent<AuditFilter> cut, string testId) =>
        await cut.Find(TestId(testId)).ParentElement!.QuerySelector(".mud-select-input")!.MouseDownAsync(new());

    private IRenderedComponent<AuditFilter> RenderFilter(AuditFilterState value) =>
        Render<AuditFilter>(p => p
            .Add(c => c.Value, value)
            .Add(c => c.Actors, Actors)
            .Add(c => c.ValueChanged, Recorder(_changes)));
}
