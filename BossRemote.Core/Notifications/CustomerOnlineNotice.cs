namespace BossRemote.Core.Notifications;

/// <summary>A requester connected to a service case (TeamViewer reported <c>online</c>) at <c>OnlineSince</c>.</summary>
public sealed record CustomerOnlineNotice(
    long ServiceCaseId,
    int TicketId,
    int TicketNumber,
    string TicketSubject,
    string RequesterName,
    string SessionCode,
    string OwnerId,
    string? AssigneeId,
    DateTime OnlineSince);
