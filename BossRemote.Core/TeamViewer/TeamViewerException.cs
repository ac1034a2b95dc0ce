namespace BossRemote.Core.TeamViewer;

/// <summary>
/// A failed TeamViewer call. <see cref="Kind"/> says what to do about it, <see cref="UserMessage"/> is safe to show a
/// technician, and the API's own <c>error</c>, <c>error_description</c> and <c>error_code</c> are kept when it sent them.
/// </summary>
public sealed class TeamViewerException : Exception
{
    public TeamViewerException(
        TeamViewerErrorKind kind,
        string userMessage,
        int? statusCode = null,
        string? error = null,
        string? errorDescription = null,
        int? errorCode = null,
        Exception? innerException = null,
        TimeSpan? retryAfter = null)
        : base(BuildMessage(kind, statusCode, error, errorDescription), innerException)
    {
        Kind = kind;
        UserMessage = userMessage;
        StatusCode = statusCode;
        Error = error;
        ErrorDescription = errorDescription;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public TeamViewerErrorKind Kind { get; }

    /// <summary>A sentence a technician can read and act on; never contains the token.</summary>
    public string UserMessage { get; }

    /// <summary>The HTTP status, or <see langword="null"/> when no answer arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The API's <c>error</c> value, e.g. <c>rate_limit_reached</c>.</summary>
    public string? Error { get; }

    /// <summary>The API's <c>error_description</c>.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The API's <c>error_code</c>.</summary>
    public int? ErrorCode { get; }

    /// <summary>
    /// How long the answer asked the caller to wait (<c>Retry-After</c>), when it said. TeamViewer documents no such
    /// header (doc §5.3), so this is usually null; a caller that waits honours it when present.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The token itself is the problem: an admin has to connect TeamViewer again.</summary>
    public bool IsTokenRejected => Kind is TeamViewerErrorKind.InvalidToken or TeamViewerErrorKind.TokenExpired;

    /// <summary>Trying again later may succeed (but never retry a create blindly: reconcile first).</summary>
    public bool IsTransient => Kind is TeamViewerErrorKind.RateLimited or TeamViewerErrorKind.ServiceUnavailable
        or TeamViewerErrorKind.Unreachable or TeamViewerErrorKind.Timeout;

    private static string BuildMessage(TeamViewerErrorKind kind, int? statusCode, string? error, string? errorDescription)
    {
        var status = statusCode is null ? "no response" : $"HTTP {statusCode}";
        var detail = error is null ? "" : $", {error}{(errorDescription is null ? "" : $": {errorDescription}")}";
        return $"TeamViewer call failed: {kind} ({status}{detail}).";
    }
}
