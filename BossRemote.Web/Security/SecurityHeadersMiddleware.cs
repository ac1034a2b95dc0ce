namespace BossRemote.Web.Security;

/// <summary>
/// Puts the security headers on every response — pages, the sign-in page, static files, <c>/jobs</c>, error and 503
/// pages alike (ADR-016). They are written when the response starts, so a handler that clears the headers (the
/// exception handler) or sets its own framing header (antiforgery's <c>SAMEORIGIN</c>) cannot leave them out.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var nonce = ContentSecurityPolicy.NonceFor(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy.For(nonce);
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
