using System.Globalization;
using BossRemote.Core.Tickets;
using BossRemote.Web.Components.Pages.Tickets.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace BossRemote.Web.Components.Pages.Tickets;

/// <summary>
/// The ticket list's view, filters, sort and page in its address, so Back, bookmarks and shared links restore it:
/// <c>tickets?view=mine&amp;q=printer&amp;status=Open&amp;technician=…&amp;sort=priority&amp;dir=asc&amp;page=2&amp;size=50</c>.
/// What is at its default is left out, so the plain list is plain <c>tickets</c>. Values the address cannot mean are
/// ignored (the default is shown), never an error.
/// </summary>
public static class TicketListAddress
{
    public const string Path = "tickets";

    public const int DefaultPageSize = 25;

    /// <summary>"Any status": the filter's statuses cleared (an empty list is the default's opposite, so it is named).</summary>
    private const string AnyStatus = "any";

    public static string For(TicketListState state)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (ViewName(state.View) is { } view)
        {
            parameters.Add(new("view", view));
        }

        var filter = state.Filter;
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            parameters.Add(new("q", filter.Search.Trim()));
        }

        if (filter.Statuses.Count == 0)
        {
            parameters.Add(new("status", AnyStatus));
        }
        else if (!TicketFilterState.IsDefaultStatuses(filter.Statuses))
        {
            parameters.AddRange(filter.Statuses.Order().Select(s => new KeyValuePair<string, string?>("status", s.ToString())));
        }

        if (filter.Priority is { } priority)
        {
            parameters.Add(new("priority", priority.ToString()));
        }

        if (filter.CategoryId is { } category)
        {
            parameters.Add(new("category", category.ToString(CultureInfo.InvariantCulture)));
        }

        if (filter.TechnicianId is { } technician)
        {
            parameters.Add(new("technician", technician));
        }

        if (state.Sort != TicketSortColumn.Updated || !state.Descending)
        {
            parameters.Add(new("sort", state.Sort.ToString().ToLowerInvariant()));
            parameters.Add(new("dir", state.Descending ? "desc" : "asc"));
        }

        if (state.Page > 0)
        {
            parameters.Add(new("page", (state.Page + 1).ToString(CultureInfo.InvariantCulture)));
        }

        if (state.PageSize != DefaultPageSize)
        {
            parameters.Add(new("size", state.PageSize.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(Path, parameters);
    }

    /// <summary>What the list shows for an address's query values (each null when absent).</summary>
    public static TicketListState Parse(
        string? view, string? search, IReadOnlyList<string>? statuses, string? priority, string? category, string? technician,
        string? sort, string? direction, string? page, string? size)
    {
        var filter = new TicketFilterState
        {
            Search = string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
            Statuses = ParseStatuses(statuses),
            Priority = TryEnum<TicketPriority>(priority),
            CategoryId = int.TryParse(category, NumberStyles.None, CultureInfo.InvariantCulture, out var categoryId) ? categoryId : null,
            TechnicianId = string.IsNullOrWhiteSpace(technician) ? null : technician,
        };

        var sortColumn = TryEnum<TicketSortColumn>(sort);
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p - 1 : 0;
        var pageSize = int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && PageSizes.Contains(s) ? s : DefaultPageSize;
        return new TicketListState(
            ParseView(view), filter, sortColumn ?? TicketSortColumn.Updated,
            sortColumn is null || !string.Equals(direction, "asc", StringComparison.OrdinalIgnoreCase), pageNumber, pageSize);
    }

    /// <summary>The page sizes the list offers.</summary>
    public static IReadOnlyList<int> PageSizes { get; } = [10, 25, 50, 100];

    public static TicketView ParseView(string? view) => view?.ToLowerInvariant() switch
    {
        "mine" => TicketView.Mine,
        "unassigned" => TicketView.Unassigned,
        _ => TicketView.All,
    };

    private static string? ViewName(TicketView view) => view switch
    {
        TicketView.Mine => "mine",
        TicketView.Unassigned => "unassigned",
        _ => null,
    };

    private static IReadOnlyCollection<TicketStatus> ParseStatuses(IReadOnlyList<string>? values)
    {
        if (values is not { Count: > 0 })
        {
            return TicketFilterState.DefaultStatuses;
        }

        if (values.Any(v => string.Equals(v, AnyStatus, StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        var statuses = values.Select(TryEnum<TicketStatus>).OfType<TicketStatus>().Distinct().ToList();
        return statuses.Count > 0 ? statuses : TicketFilterState.DefaultStatuses;
    }

    private static T? TryEnum<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
