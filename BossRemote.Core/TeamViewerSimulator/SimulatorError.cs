namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>An API error as TeamViewer sends it (doc §5.2): HTTP status plus the JSON body's fields.</summary>
public sealed record SimulatorError(int StatusCode, string Error, string Description, int ErrorCode)
{
    public const string LicenseLimitText = "license limitations";

    public static SimulatorError InvalidRequest(string description) => new(400, "invalid_request", description, 400);

    public static SimulatorError InvalidToken(string description) => new(401, "invalid_token", description, 401);

    public static SimulatorError TokenExpired() => new(401, "token_expired", "The access token expired", 1);

    /// <param name="scope">The scope the call needs (doc §1.1, e.g. <c>Connections.Read</c>), named in the description when known.</param>
    public static SimulatorError InvalidPermission(string? scope = null) => new(403, "invalid_permission",
        scope is null ? "The access token lacks the permission this call needs." : $"The access token lacks the permission this call needs ({scope}).", 403);

    public static SimulatorError RateLimitReached() =>
        new(403, "rate_limit_reached", "Too many calls to a single function with the same access token.", 429);

    public static SimulatorError NotFound(string description) => new(404, "not_found", description, 404);

    public static SimulatorError LicenseLimit(int maxOpenSessions) => new(400, "invalid_request",
        $"The session could not be created due to {LicenseLimitText}: at most {maxOpenSessions} open session(s) are allowed.", 400);
}
