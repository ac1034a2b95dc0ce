using BossRemote.Core.Tickets;
using BossRemote.Web.Components.Pages.Tickets.Components;

namespace BossRemote.Web.Components.Pages.Tickets;

/// <summary>What the ticket list shows: a view, filters, a sort and a page (zero-based); kept in the address.</summary>
public sealed record TicketListState(
    TicketView View, TicketFilterState Filter, TicketSortColumn Sort, bool Descending, int Page, int PageSize)
{
    public TicketListQuery ToQuery() => new()
    {
        View = View,
        Search = Filter.Search,
        Statuses = Filter.Statuses,
        Priority = Filter.Priority,
        CategoryId = Filter.CategoryId,
        TechnicianId = Filter.TechnicianId,
        SortBy = Sort,
        Descending = Descending,
        Page = Page,
        PageSize = PageSize,
    };
}
