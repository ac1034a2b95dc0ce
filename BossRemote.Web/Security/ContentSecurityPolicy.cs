using System.Security.Cryptography;

namespace BossRemote.Web.Security;

/// <summary>
/// The Content-Security-Policy every response carries (ADR-016). Scripts come only from this origin, plus the inline
/// scripts the page itself writes (the time-zone cookie and Blazor's import map), which carry this request's nonce.
/// Styles allow <c>'unsafe-inline'</c>: MudBlazor writes <c>style</c> attributes and a theme <c>&lt;style&gt;</c> block
/// on every page, and Blazor patches them into the DOM — a nonce cannot cover an attribute.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceKey = "BossRemote.CspNonce";

    /// <summary>The policy for a response whose inline scripts carry <paramref name="nonce"/>.</summary>
    public static string For(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        // 'self' covers the circuit's WebSocket (ws/wss on this host) in CSP Level 3 browsers.
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    /// <summary>This request's nonce: 128 random bits, made on first use and the same for the whole response.</summary>
    public static string NonceFor(HttpContext context)
    {
        if (context.Items[NonceKey] is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }
}
