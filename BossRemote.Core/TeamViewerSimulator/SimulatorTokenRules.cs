namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// Which tokens the simulator accepts. Any non-empty token is valid except these prefixes (any case):
/// <c>revoked-</c>/<c>invalid-</c> (401 <c>invalid_token</c>), <c>expired-</c> (401 <c>token_expired</c>),
/// <c>noperm-</c> (403 <c>invalid_permission</c>), <c>noperm-reports-</c> (403 <c>invalid_permission</c> from the
/// connection reports only: a token without the <c>Connections.*</c> scopes), <c>noedit-reports-</c> (403
/// <c>invalid_permission</c> from a change of a connection report only: <c>Connections.Read</c> without
/// <c>Connections.Modify</c>) and <c>ratelimited-</c>
/// (403 <c>rate_limit_reached</c>).
/// </summary>
public static class SimulatorTokenRules
{
    public const string RevokedPrefix = "revoked-";
    public const string InvalidPrefix = "invalid-";
    public const string ExpiredPrefix = "expired-";
    public const string NoPermissionPrefix = "noperm-";
    public const string NoReportsPermissionPrefix = "noperm-reports-";
    public const string NoReportEditPermissionPrefix = "noedit-reports-";
    public const string ReadScope = "Connections.Read";
    public const string ModifyScope = "Connections.Modify";
    public const string RateLimitedPrefix = "ratelimited-";

    /// <summary>The error a call with <paramref name="token"/> gets, or <see langword="null"/> when it may proceed.</summary>
    public static SimulatorError? Check(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return SimulatorError.InvalidToken("No access token was sent.");
        }

        return token switch
        {
            _ when Has(token, RevokedPrefix) => SimulatorError.InvalidToken("The access token was revoked."),
            _ when Has(token, InvalidPrefix) => SimulatorError.InvalidToken("The access token is not valid."),
            _ when Has(token, ExpiredPrefix) => SimulatorError.TokenExpired(),
            _ when Has(token, NoReportsPermissionPrefix) => null, // refused by the reports alone: CheckConnectionReports
            _ when Has(token, NoPermissionPrefix) => SimulatorError.InvalidPermission(),
            _ when Has(token, RateLimitedPrefix) => SimulatorError.RateLimitReached(),
            _ => null,
        };
    }

    /// <summary>
    /// What a connection-report call gets on top of <see cref="Check"/>: the call's scope (<see cref="ReadScope"/>
    /// for reads, <see cref="ModifyScope"/> for changes) may be missing.
    /// </summary>
    public static SimulatorError? CheckConnectionReports(string? token, string scope = ReadScope)
    {
        var trimmed = token?.Trim() ?? "";
        var refused = Has(trimmed, NoReportsPermissionPrefix) || (scope == ModifyScope && Has(trimmed, NoReportEditPermissionPrefix));
        return refused ? SimulatorError.InvalidPermission(scope) : null;
    }

    /// <summary>What <c>GET /ping</c> answers: the token itself is good (permissions and rate limits aside).</summary>
    public static bool IsTokenValid(string? token) => Check(token) is null or { StatusCode: 403 };

    private static bool Has(string token, string prefix) => token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
