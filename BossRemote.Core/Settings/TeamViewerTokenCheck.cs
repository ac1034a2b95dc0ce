using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Core.Settings;

/// <summary>
/// What setup asks TeamViewer before it saves a token (SPEC §3.1). Ping only says whether the token exists: a token
/// without the permissions Play and Stop need, or one that is rate-limited, pings fine. So each needed permission gets
/// one harmless read with the token (open sessions, minimal list; connection reports from now on), and an invalid ping
/// is followed by one read that tells an expired token from a revoked one (ping answers false for both, doc §1.2).
/// </summary>
internal static class TeamViewerTokenCheck
{
    public const string NotAccepted =
        "TeamViewer did not accept this token (ping said token_valid: false). Check that you copied the whole script token and that it has not been revoked.";

    public const string Expired =
        "This token has expired (TeamViewer answered token_expired). Create a new script token in the TeamViewer Management Console (Profile ➜ Apps) and paste it here.";

    /// <summary>Why <paramref name="token"/> cannot be saved, or <see langword="null"/> when it can do what BossRemote needs.</summary>
    /// <exception cref="TeamViewerException">Ping itself failed (TeamViewer unreachable, …).</exception>
    public static async Task<string?> FindProblemAsync(
        ITeamViewerClient teamViewer, string token, DateTime now, CancellationToken cancellationToken)
    {
        var reads = Reads(teamViewer, token, now, cancellationToken);
        if (!await teamViewer.PingAsync(token, cancellationToken))
        {
            return await ExpiredAsync(reads[0].Read) ? Expired : NotAccepted;
        }

        var missing = new List<(string Area, string Needed)>();
        foreach (var (permission, read) in reads)
        {
            try
            {
                await read();
            }
            catch (TeamViewerException ex) when (ex.Kind == TeamViewerErrorKind.PermissionDenied)
            {
                missing.Add(permission);
            }
            catch (TeamViewerException ex)
            {
                return ex.Kind switch
                {
                    TeamViewerErrorKind.TokenExpired => Expired,
                    TeamViewerErrorKind.InvalidToken => NotAccepted,
                    _ => $"BossRemote could not check what this token may do. {ex.UserMessage}",
                };
            }
        }

        return missing.Count == 0 ? null : MissingPermissions(missing);
    }

    public static string MissingPermissions(IReadOnlyCollection<(string Area, string Needed)> missing) =>
        $"This token lacks {(missing.Count == 1 ? "a permission" : "permissions")} BossRemote needs: "
        + string.Join("; ", missing.Select(p => $"{p.Area} ({p.Needed})"))
        + ". Add " + (missing.Count == 1 ? "it" : "them")
        + " to the script token in the TeamViewer Management Console (Profile ➜ Apps), or create a new one with every permission listed on this page.";

    private static async Task<bool> ExpiredAsync(Func<Task> read)
    {
        try
        {
            await read();
            return false;
        }
        catch (TeamViewerException ex)
        {
            return ex.Kind == TeamViewerErrorKind.TokenExpired;
        }
    }

    private static (string Area, string Needed) Permission(string area) => TeamViewerPermissions.Required.Single(p => p.Area == area);

    private static List<((string Area, string Needed) Permission, Func<Task> Read)> Reads(
        ITeamViewerClient teamViewer, string token, DateTime now, CancellationToken cancellationToken) =>
    [
        (Permission(TeamViewerPermissions.SessionManagement),
            () => teamViewer.ListSessionsWithTokenAsync(token, new SessionListFilter(), cancellationToken)),
        (Permission(TeamViewerPermissions.ConnectionReports),
            () => teamViewer.ListConnectionReportsWithTokenAsync(
                token, new ConnectionReportFilter { FromDate = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)) }, cancellationToken)),
    ];
}
