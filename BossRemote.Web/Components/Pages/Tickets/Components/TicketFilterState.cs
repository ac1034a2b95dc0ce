using BossRemote.Core.Tickets;

namespace BossRemote.Web.Components.Pages.Tickets.Components;

/// <summary>The filters above the ticket list.</summary>
public sealed record TicketFilterState
{
    /// <summary>By default the list shows unfinished work.</summary>
    public static IReadOnlyCollection<TicketStatus> DefaultStatuses { get; } =
        [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.OnHold];

    public string? Search { get; init; }

    public IReadOnlyCollection<TicketStatus> Statuses { get; init; } = DefaultStatuses;

    public TicketPriority? Priority { get; init; }

    public int? CategoryId { get; init; }

    /// <summary>Whose tickets: a technician's user id, or null for anyone's.</summary>
    public string? TechnicianId { get; init; }

    public bool IsDefault =>
        string.IsNullOrWhiteSpace(Search) && Priority is null && CategoryId is null && TechnicianId is null
        && IsDefaultStatuses(Statuses);

    public static bool IsDefaultStatuses(IReadOnlyCollection<TicketStatus> statuses) =>
        statuses.Count == DefaultStatuses.Count && statuses.All(DefaultStatuses.Contains);
}
