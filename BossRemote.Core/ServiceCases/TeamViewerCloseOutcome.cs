using BossRemote.Core.TeamViewer;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// What asking TeamViewer to close a case's session came to — the one rule Stop and Revoke share for when a case may end
/// in BossRemote. Only a confirmation (or a session TeamViewer no longer has) ends it normally; only a token TeamViewer
/// definitely refuses allows ending it in BossRemote only. A timeout, a 5xx or a rate limit settles nothing: the
/// session may still be open, so the case stays open and the person is asked to try again.
/// </summary>
public enum TeamViewerCloseOutcome
{
    /// <summary>TeamViewer closed it, or has no such session any more: nothing is left open there.</summary>
    Closed,

    /// <summary>TeamViewer refuses BossRemote's token (revoked, expired, none): the case may end in BossRemote only.</summary>
    TokenRejected,

    /// <summary>No answer that settles it; the case must stay open.</summary>
    Unsettled,
}

/// <summary>Maps a failed close to its <see cref="TeamViewerCloseOutcome"/>.</summary>
public static class TeamViewerCloseOutcomes
{
    public static TeamViewerCloseOutcome Of(TeamViewerException failure) => failure switch
    {
        { Kind: TeamViewerErrorKind.NotFound } => TeamViewerCloseOutcome.Closed,
        { IsTokenRejected: true } or { Kind: TeamViewerErrorKind.NotConfigured } => TeamViewerCloseOutcome.TokenRejected,
        _ => TeamViewerCloseOutcome.Unsettled,
    };

    /// <summary>Asks TeamViewer to close <paramref name="sessionCode"/>; the exception is returned when it did not.</summary>
    public static async Task<(TeamViewerCloseOutcome Outcome, TeamViewerException? Failure)> CloseAsync(
        this ITeamViewerClient teamViewer, string sessionCode, CancellationToken cancellationToken)
    {
        try
        {
            await teamViewer.CloseSessionAsync(sessionCode, cancellationToken);
            return (TeamViewerCloseOutcome.Closed, null);
        }
        catch (TeamViewerException ex)
        {
            return (Of(ex), ex);
        }
    }
}
