namespace BossRemote.Core.ServiceCases;

/// <summary>What technicians read about service cases; one place, so tests and UI agree on the wording.</summary>
public static class ServiceCaseMessages
{
    public const string Revoked =
        "TeamViewer access was revoked, so BossRemote cannot close this case in TeamViewer. Close it in BossRemote only; TeamViewer ends the code at its valid-until time.";

    public const string NotConfigured = TeamViewer.TeamViewerUserMessages.NotConfigured;

    public const string TicketClosed = "This ticket is closed. Reopen it to start a remote session.";

    public const string Creating = "A TeamViewer service case is being created for this ticket. Wait a moment.";

    /// <summary>Play got no clear answer (a timeout, a 5xx) and TeamViewer could not yet be asked whether it made the case.</summary>
    public const string CreateUnconfirmed =
        "TeamViewer did not confirm whether it created the case. In a few seconds you can try again or cancel; BossRemote never makes a second case for a ticket.";

    /// <summary>"Try again" on an unconfirmed create while TeamViewer still cannot say.</summary>
    public const string StillUnconfirmed =
        "TeamViewer still cannot say whether it created the case. Try again in a moment, or cancel: BossRemote closes the session in TeamViewer if it turns up.";

    public const string NotCreated = "TeamViewer did not answer in time. No case was created; press Play to try again.";

    public const string Unreachable = "TeamViewer cannot be reached, so no case was created. Press Play to try again in a moment.";

    public const string CancelTooSoon = "TeamViewer may still be creating this case. Wait a few seconds, then try again or cancel.";

    public const string CancelledUnconfirmed =
        "Cancelled. TeamViewer cannot be reached to check whether it created the session; BossRemote closes it there if it turns up.";

    public const string CreatedAfterAll = "TeamViewer had created the case after all: it is shown now. Press Stop if it is no longer needed.";

    public const string NoOpenCase = "This ticket has no open TeamViewer service case.";

    public const string EndNotSaved =
        "The session was closed in TeamViewer, but the case changed while its end was being saved. Press Stop again to finish.";

    public static string CloseGuard(string? sessionCode) => sessionCode is null
        ? "A TeamViewer service case is being created for this ticket. Stop it before closing this ticket."
        : $"Close TeamViewer service case {sessionCode} before closing this ticket.";
}
