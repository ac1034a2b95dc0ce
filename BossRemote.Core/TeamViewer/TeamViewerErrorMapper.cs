using System.Text.Json;
using BossRemote.Core.TeamViewer.Json;
using BossRemote.Core.TeamViewer.Models;
using Flurl.Http;

namespace BossRemote.Core.TeamViewer;

/// <summary>Turns Flurl's exceptions into <see cref="TeamViewerException"/> (doc §5): no Flurl type leaves this folder.</summary>
internal static class TeamViewerErrorMapper
{
    private const string LicenseLimitText = "license limitations";

    public static async Task<TeamViewerException> MapAsync(FlurlHttpException exception)
    {
        switch (exception)
        {
            case FlurlHttpTimeoutException:
                return new(TeamViewerErrorKind.Timeout, TeamViewerUserMessages.Timeout, innerException: exception);
            case FlurlParsingException:
                return new(TeamViewerErrorKind.ServiceUnavailable, TeamViewerUserMessages.Unreadable,
                    exception.StatusCode, innerException: exception);
        }

        if (exception.StatusCode is not { } status)
        {
            return new(NeverSent(exception) ? TeamViewerErrorKind.Unreachable : TeamViewerErrorKind.ServiceUnavailable,
                TeamViewerUserMessages.Unreachable, innerException: exception);
        }

        var body = await ReadBodyAsync(exception);
        var error = Parse(body);
        var kind = Classify(status, error, body);
        return new(kind, TeamViewerUserMessages.For(kind, error?.ErrorDescription), status,
            error?.Error, error?.ErrorDescription, error?.ErrorCode, exception, RetryAfter(exception));
    }

    /// <summary>
    /// <c>Retry-After</c> as seconds, or as an HTTP date measured from the answer's own <c>Date</c> (RFC 9110 §10.2.3).
    /// TeamViewer documents no such header (doc §5.3); a proxy or a future API version may send one.
    /// </summary>
    private static TimeSpan? RetryAfter(FlurlHttpException exception)
    {
        var headers = exception.Call?.Response?.ResponseMessage.Headers;
        if (headers?.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter.Date is { } at && headers.Date is { } sent ? (at > sent ? at - sent : TimeSpan.Zero) : null;
    }

    /// <summary>
    /// The connection failed before a request went out (refused, name not resolved, TLS or proxy refused): TeamViewer
    /// cannot have acted on it. A connection lost after sending is not this: the request may have arrived.
    /// </summary>
    private static bool NeverSent(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpRequestException http)
            {
                return http.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                    or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
            }
        }

        return false;
    }

    private static TeamViewerErrorKind Classify(int status, TeamViewerErrorResponse? error, string body)
    {
        var code = error?.Error;
        return status switch
        {
            401 when code == "token_expired" || error?.ErrorCode == 1 => TeamViewerErrorKind.TokenExpired,
            401 => TeamViewerErrorKind.InvalidToken,
            // Doc §5.1: a 403 is "IP blocked or rate limit reached"; neither is fixed by a new token.
            403 when code is "rate_limit_reached" or "blocked" => TeamViewerErrorKind.RateLimited,
            429 => TeamViewerErrorKind.RateLimited,
            404 => TeamViewerErrorKind.NotFound,
            408 => TeamViewerErrorKind.Timeout,
            >= 500 => TeamViewerErrorKind.ServiceUnavailable,
            _ when body.Contains(LicenseLimitText, StringComparison.OrdinalIgnoreCase) => TeamViewerErrorKind.LicenseLimit,
            403 => TeamViewerErrorKind.PermissionDenied,
            _ => TeamViewerErrorKind.BadRequest,
        };
    }

    private static async Task<string> ReadBodyAsync(FlurlHttpException exception)
    {
        try
        {
            return await exception.GetResponseStringAsync() ?? "";
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException)
        {
            return "";
        }
    }

    private static TeamViewerErrorResponse? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TeamViewerErrorResponse>(body, TeamViewerJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
