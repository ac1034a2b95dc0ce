namespace BossRemote.Core.TeamViewer;

/// <summary>What went wrong with a TeamViewer call, in terms the caller can act on.</summary>
public enum TeamViewerErrorKind
{
    /// <summary>401 <c>invalid_token</c>: the token is wrong, revoked or missing.</summary>
    InvalidToken,

    /// <summary>401 <c>token_expired</c> (<c>error_code</c> 1).</summary>
    TokenExpired,

    /// <summary>403 <c>invalid_permission</c> (or another refusal that is not a rate limit): the token lacks a scope.</summary>
    PermissionDenied,

    /// <summary>403 <c>rate_limit_reached</c> or <c>blocked</c> (IP blocked), or an undocumented 429.</summary>
    RateLimited,

    /// <summary>404: the session code, group or report does not exist.</summary>
    NotFound,

    /// <summary>The licence allows no more concurrent service cases (the body mentions "license limitations").</summary>
    LicenseLimit,

    /// <summary>Any other 4xx: parameters missing, invalid or unknown.</summary>
    BadRequest,

    /// <summary>
    /// 5xx, a connection lost before the answer, or an answer that could not be read: TeamViewer may have done what
    /// was asked.
    /// </summary>
    ServiceUnavailable,

    /// <summary>
    /// No connection could be made (refused, unknown host, failed TLS handshake): the request never reached TeamViewer,
    /// so nothing was done there.
    /// </summary>
    Unreachable,

    /// <summary>No answer within the configured request timeout. For a create, the session may still exist.</summary>
    Timeout,

    /// <summary>No token is configured, so nothing was sent.</summary>
    NotConfigured,
}
