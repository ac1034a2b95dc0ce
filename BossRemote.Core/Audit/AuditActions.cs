namespace BossRemote.Core.Audit;

/// <summary>The audit trail's stable action names, and the words a person reads for each.</summary>
public static class AuditActions
{
    public const string TokenConnected = "teamviewer.token-connected";
    public const string TokenRevoked = "teamviewer.token-revoked";
    public const string SettingsChanged = "teamviewer.settings-changed";
    public const string CaseCreated = "servicecase.created";
    public const string CaseClosed = "servicecase.closed";
    public const string CaseClosedLocally = "servicecase.closed-locally";
    public const string CaseExpired = "servicecase.expired";
    public const string CaseCancelled = "servicecase.cancelled";
    public const string BrandingChanged = "settings.branding-changed";
    public const string EmailTemplateChanged = "settings.email-template-changed";
    public const string NotificationsChanged = "settings.notifications-changed";
    public const string EmailResent = "email.resent";
    public const string CaseClosedInTeamViewer = "servicecase.closed-in-teamviewer";
    public const string CaseGoneFromTeamViewer = "servicecase.gone-from-teamviewer";
    public const string UserCreated = "user.created";
    public const string UserRoleChanged = "user.role-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserPasswordReset = "user.password-reset";
    public const string TwoFactorEnabled = "user.two-factor-enabled";
    public const string TwoFactorDisabled = "user.two-factor-disabled";
    public const string TicketChanged = "ticket.changed";
    public const string TicketStatusChanged = "ticket.status-changed";
    public const string ReportWriteBackFailed = "teamviewer.report-write-back-failed";
    public const string ReportSubscribed = "report.subscribed";
    public const string ReportUnsubscribed = "report.unsubscribed";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [TicketChanged] = "Ticket details changed",
        [TicketStatusChanged] = "Ticket status changed",
        [CaseCreated] = "Service case created",
        [CaseClosed] = "Service case closed",
        [CaseClosedLocally] = "Service case closed in BossRemote only",
        [CaseClosedInTeamViewer] = "Service case closed in TeamViewer",
        [CaseGoneFromTeamViewer] = "Service case gone from TeamViewer",
        [CaseExpired] = "Service case expired",
        [CaseCancelled] = "Service case cancelled",
        [ReportWriteBackFailed] = "Ticket not written into TeamViewer's connection report",
        [EmailResent] = "Invitation e-mail resent",
        [ReportSubscribed] = "Report subscription added",
        [ReportUnsubscribed] = "Report subscription removed",
        [TokenConnected] = "TeamViewer connected",
        [TokenRevoked] = "TeamViewer access revoked",
        [SettingsChanged] = "TeamViewer settings changed",
        [BrandingChanged] = "Branding changed",
        [EmailTemplateChanged] = "E-mail template changed",
        [NotificationsChanged] = "Notification settings changed",
        [UserCreated] = "User created",
        [UserRoleChanged] = "User role changed",
        [UserDisabled] = "User sign-in disabled",
        [UserEnabled] = "User sign-in enabled",
        [UserPasswordReset] = "User password reset",
        [TwoFactorEnabled] = "Two-factor sign-in turned on",
        [TwoFactorDisabled] = "Two-factor sign-in turned off",
    };

    /// <summary>Every action, in the order a filter lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Texts.Keys];

    /// <summary>What a person reads for <paramref name="action"/>; an action this version does not know shows as stored.</summary>
    public static string Text(string action) => Texts.TryGetValue(action, out var text) ? text : action;
}
