namespace BossRemote.Core.Tickets;

/// <summary>What the ticket list asks for: a view, filters, a search, a sort and a page.</summary>
public sealed record TicketListQuery
{
    public const int MaxPageSize = 100;

    public TicketView View { get; init; } = TicketView.All;

    /// <summary>Matches the number (<c>1042</c> or <c>#1042</c>), subject, requester name or e-mail.</summary>
    public string? Search { get; init; }

    /// <summary>Empty means every status.</summary>
    public IReadOnlyCollection<TicketStatus> Statuses { get; init; } = [];

    public TicketPriority? Priority { get; init; }

    public int? CategoryId { get; init; }

    /// <summary>Tickets assigned to this person (a supervisor's "Maria's open tickets"); null means anyone's.</summary>
    public string? TechnicianId { get; init; }

    public TicketSortColumn SortBy { get; init; } = TicketSortColumn.Updated;

    public bool Descending { get; init; } = true;

    /// <summary>Zero-based page index.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}
