namespace BossRemote.Core.Tickets;

/// <summary>The words people read for the ticket enums (one place, so lists, filters, reports and CSV agree).</summary>
public static class TicketEnumText
{
    public static string Text(this TicketStatus status) => status switch
    {
        TicketStatus.InProgress => "In Progress",
        TicketStatus.OnHold => "On Hold",
        _ => status.ToString(),
    };

    public static string Text(this TicketType type) => type switch
    {
        TicketType.ServiceRequest => "Service Request",
        _ => type.ToString(),
    };

    public static string Text(this TicketPriority priority) => priority.ToString();

    public static string Text(this TicketSource source) => source switch
    {
        TicketSource.TechnicianPortal => "Technician Portal",
        TicketSource.UserPortal => "User Portal",
        TicketSource.Email => "E-mail",
        _ => source.ToString(),
    };
}
