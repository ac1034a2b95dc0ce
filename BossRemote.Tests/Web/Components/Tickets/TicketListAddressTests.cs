using BossRemote.Core.Tickets;
using BossRemote.Web.Components.Pages.Tickets;
using BossRemote.Web.Components.Pages.Tickets.Components;

namespace BossRemote.Tests.Web.Components.Tickets;

public class TicketListAddressTests
{
    private static TicketListState Default => TicketListAddress.Parse(null, null, null, null, null, null, null, null, null, null);

    [Fact]
    public void For_DefaultList_IsThePlainPath()
    {
        TicketListAddress.For(Default).ShouldBe("tickets");
        Default.Filter.Statuses.ShouldBe(TicketFilterState.DefaultStatuses);
        (Default.Sort, Default.Descending, Default.Page, Default.PageSize).ShouldBe((TicketSortColumn.Updated, true, 0, 25));
    }

    [Fact]
    public void ForThenParse_EveryChoice_RoundTrips()
    {
        var state = new TicketListState(
            TicketView.Mine,
            new TicketFilterState { Search = "printer 3rd", Statuses = [TicketStatus.Closed, TicketStatus.Open], Priority = TicketPriority.High, CategoryId = 7, TechnicianId = "u-42" },
            TicketSortColumn.Subject, false, 2, 50);

        var address = TicketListAddress.For(state);

        address.ShouldBe("tickets?view=mine&q=printer%203rd&status=Open&status=Closed&priority=High&category=7&technician=u-42&sort=subject&dir=asc&page=3&size=50");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(address[address.IndexOf('?')..]);
        string? One(string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;
        var parsed = TicketListAddress.Parse(One("view"), One("q"), query["status"].ToArray()!, One("priority"), One("category"), One("technician"), One("sort"), One("dir"), One("page"), One("size"));
        parsed.Filter.Statuses.ShouldBe([TicketStatus.Open, TicketStatus.Closed], ignoreOrder: true);
        parsed.ShouldBe(state with { Filter = state.Filter with { Statuses = parsed.Filter.Statuses } });
    }

    [Fact]
    public void ForThenParse_AnyStatus_IsKeptApartFromTheDefault()
    {
        var state = Default with { Filter = new TicketFilterState { Statuses = [] } };

        TicketListAddress.For(state).ShouldBe("tickets?status=any");
        TicketListAddress.Parse(null, null, ["any"], null, null, null, null, null, null, null).Filter.Statuses.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("sideways", "Nope", "-1", "x", "0", "33", "7")]
    [InlineData("", "", "", "", "", "", "")]
    public void Parse_ValuesTheAddressCannotMean_FallBackToTheDefaults(string view, string status, string priority, string category, string page, string size, string sort)
    {
        var parsed = TicketListAddress.Parse(view, null, [status], priority, category, null, sort, "asc", page, size);

        parsed.View.ShouldBe(TicketView.All);
        parsed.Filter.Statuses.ShouldBe(TicketFilterState.DefaultStatuses);
        parsed.Filter.Priority.ShouldBeNull();
        parsed.Filter.CategoryId.ShouldBeNull();
        (parsed.Sort, parsed.Descending, parsed.Page, parsed.PageSize).ShouldBe((TicketSortColumn.Updated, true, 0, 25));
    }
}
