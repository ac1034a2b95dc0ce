namespace BossRemote.Core.Audit;

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
}
