using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace BossRemote.Tests.Integration.Security;

/// <summary>What every response of the app must carry (ADR-016), asserted the same way for every kind of response.</summary>
public static partial class SecurityHeaderAssertions
{
    public static void ShouldCarryTheSecurityHeaders(this HttpResponseMessage response)
    {
        var policy = response.ContentSecurityPolicy();
        policy.ShouldContain("default-src 'self'");
        ScriptSources(policy).ShouldBe(["'self'", $"'nonce-{Nonce(policy)}'"], ignoreOrder: true);
        policy.ShouldContain("style-src 'self' 'unsafe-inline'");
        policy.ShouldContain("img-src 'self' data:");
        policy.ShouldContain("connect-src 'self'");
        policy.ShouldContain("object-src 'none'");
        policy.ShouldContain("base-uri 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldNotContain("frame-ancestors 'self'");
        Single(response, "X-Frame-Options").ShouldBe("DENY");
        Single(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Single(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin");
    }

    /// <summary>The one Content-Security-Policy header (a second one, such as Blazor's own, would be enforced too).</summary>
    public static string ContentSecurityPolicy(this HttpResponseMessage response) => Single(response, "Content-Security-Policy");

    /// <summary>The nonce the policy allows inline scripts with.</summary>
    public static string Nonce(string policy) => NonceSource().Match(policy) is { Success: true } match
        ? match.Groups[1].Value
        : throw new ShouldAssertException($"No nonce in the policy: {policy}");

    private static string[] ScriptSources(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

    private static string Single(HttpResponseMessage response, string name)
    {
        HttpHeaders[] sources = [response.Headers, response.Content.Headers];
        var values = sources.SelectMany(h => h.TryGetValues(name, out var v) ? v : []).ToList();
        values.Count.ShouldBe(1, $"{name} on {response.RequestMessage?.RequestUri}: [{string.Join(" | ", values)}]");
        return values[0];
    }

    [GeneratedRegex("'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NonceSource();
}
