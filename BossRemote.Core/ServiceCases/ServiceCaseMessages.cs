namespace BossRemote.Core.ServiceCases;

/// <summary>What technicians read about service cases; one place, so tests and UI agree on the wording.</summary>
public static class ServiceCaseMessages
{
    public const string Revoked =
        "TeamViewer access was revoked, so BossRemote cannot close this case in TeamViewer. Close it in BossRemote only; TeamViewer ends the code at its valid-until time.";

    public const string NotConfigured = TeamViewer.TeamViewerUserMessages.NotConfigured;

    public const string TicketClosed = "This ticket is closed. Reopen it to start a remote session.";

    public const string Creating = "A TeamViewer service case is being created for this ticket. Wait a moment.";

    public const string CreateTimedOut =
        "TeamViewer did not answer in time and BossRemote could not yet confirm whether the case was created. It keeps checking; press Play again in a moment.";

    public const string NoOpenCase = "This ticket has no open TeamViewer service case.";

    public static string CloseGuard(string? sessionCode) => sessionCode is null
        ? "A TeamViewer service case is being created for this ticket. Stop it before closing this ticket."
        : $"Close TeamViewer service case {sessionCode} before closing this ticket.";
}
