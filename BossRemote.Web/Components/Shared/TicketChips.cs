using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BossRemote.Web.Components.Shared;

/// <summary>A ticket's status and priority as chips, in plain markup (<see cref="MudMarkup"/>): they are on every ticket
/// page and on every row of the ticket list.</summary>
public static class TicketChips
{
    public static RenderFragment Status(TicketStatus status) =>
        MudMarkup.Chip(status.Text(), ColorFor(status), Variant.Text, dataStatus: status.ToString());

    public static RenderFragment Priority(TicketPriority priority) =>
        MudMarkup.Chip(priority.Text(), ColorFor(priority), Variant.Outlined);

    public static Color ColorFor(TicketStatus status) => status switch
    {
        TicketStatus.Open => Color.Info,
        TicketStatus.InProgress => Color.Primary,
        TicketStatus.OnHold => Color.Warning,
        TicketStatus.Resolved => Color.Success,
        _ => Color.Default,
    };

    public static Color ColorFor(TicketPriority priority) => priority switch
    {
        TicketPriority.Urgent => Color.Error,
        TicketPriority.High => Color.Warning,
        TicketPriority.Medium => Color.Info,
        _ => Color.Default,
    };
}
