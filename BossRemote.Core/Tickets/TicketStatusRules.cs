namespace BossRemote.Core.Tickets;

/// <summary>
/// The ticket workflow. Any open status may move to any other; a closed ticket can only be reopened.
/// </summary>
public static class TicketStatusRules
{
    public static bool CanChange(TicketStatus from, TicketStatus to)
    {
        if (from == to || !Enum.IsDefined(to))
        {
            return false;
        }

        return from != TicketStatus.Closed || to == TicketStatus.Open;
    }

    /// <summary>The statuses a ticket in <paramref name="from"/> may move to, in workflow order.</summary>
    public static IReadOnlyList<TicketStatus> NextStatuses(TicketStatus from) =>
        [.. Enum.GetValues<TicketStatus>().Where(to => CanChange(from, to))];

    /// <summary>Open, In Progress and On Hold count as unfinished work.</summary>
    public static bool IsActive(TicketStatus status) =>
        status is TicketStatus.Open or TicketStatus.InProgress or TicketStatus.OnHold;
}
