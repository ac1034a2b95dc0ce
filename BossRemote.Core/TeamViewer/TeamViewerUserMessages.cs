namespace BossRemote.Core.TeamViewer;

/// <summary>What a technician reads when a TeamViewer call fails. Never includes the token.</summary>
internal static class TeamViewerUserMessages
{
    public const string NotConfigured =
        "TeamViewer is not set up. An admin can connect it under Settings ➜ Integrations ➜ TeamViewer.";

    public const string Timeout =
        "TeamViewer did not answer in time. The request may still have gone through; check before trying again.";

    public const string Unreachable = "TeamViewer cannot be reached right now. Try again in a moment.";

    public const string Unreadable = "TeamViewer sent an answer BossRemote could not read. Try again in a moment.";

    public static string For(TeamViewerErrorKind kind, string? description) => kind switch
    {
        TeamViewerErrorKind.InvalidToken =>
            "TeamViewer access was revoked or the token is not valid. An admin needs to connect TeamViewer again under Settings ➜ Integrations ➜ TeamViewer.",
        TeamViewerErrorKind.TokenExpired =>
            "The TeamViewer access token has expired. An admin needs to connect TeamViewer again under Settings ➜ Integrations ➜ TeamViewer.",
        TeamViewerErrorKind.PermissionDenied =>
            "The TeamViewer token lacks a permission this needs (Session management: create, view and edit all sessions; Connection reports). An admin can create a token with those permissions.",
        TeamViewerErrorKind.RateLimited =>
            "TeamViewer's limit on API calls was reached. Try again in a few minutes.",
        TeamViewerErrorKind.NotFound =>
            "TeamViewer does not know this session code (it may have been deleted).",
        TeamViewerErrorKind.LicenseLimit =>
            "You have reached the maximum number of concurrent sessions permitted by your TeamViewer license. Close a session and try again.",
        TeamViewerErrorKind.BadRequest =>
            description is null ? "TeamViewer refused the request." : $"TeamViewer refused the request: {description}",
        TeamViewerErrorKind.Timeout => Timeout,
        TeamViewerErrorKind.NotConfigured => NotConfigured,
        _ => Unreachable,
    };
}
