namespace BossRemote.Core.Notifications;

/// <summary>Who, besides the technician who started the case, hears that its customer came online (SPEC §3.5).</summary>
public enum CustomerOnlineAudience
{
    Nobody = 0,
    TicketAssignee = 1,
    AllTechnicians = 2,
}
