namespace BossRemote.Core.Email;

public enum EmailKind
{
    /// <summary>The requester's invitation with the customer link (admin-editable template).</summary>
    CustomerInvitation = 0,

    /// <summary>A technician's notice that a customer came online.</summary>
    CustomerOnline = 1,

    /// <summary>The requester's one-click rating request after Stop (admin-editable template, ADR-023).</summary>
    SatisfactionRating = 2,

    /// <summary>A supervisor's scheduled TeamViewer Session Summary, with the CSV attached.</summary>
    ScheduledReport = 3,
}
