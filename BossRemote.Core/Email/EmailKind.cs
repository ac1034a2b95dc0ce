namespace BossRemote.Core.Email;

public enum EmailKind
{
    /// <summary>The requester's invitation with the customer link (admin-editable template).</summary>
    CustomerInvitation = 0,

    /// <summary>A technician's notice that a customer came online.</summary>
    CustomerOnline = 1,

    /// <summary>A supervisor's scheduled TeamViewer Session Summary, with the CSV attached.</summary>
    ScheduledReport = 3,
}
