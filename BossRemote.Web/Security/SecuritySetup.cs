namespace BossRemote.Web.Security;

/// <summary>Response headers, cookie and redirect rules that OWASP ASVS level 2 asks of every response (ADR-016).</summary>
public static class SecuritySetup
{
    /// <summary>How long a browser keeps to HTTPS once it has seen the site over HTTPS (Production only).</summary>
    public static TimeSpan HstsMaxAge { get; } = TimeSpan.FromDays(365);

    public static IServiceCollection AddBossRemoteSecurity(this IServiceCollection services)
    {
        services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = true;
        });

        // Secure over HTTPS (also behind a proxy that says so in X-Forwarded-Proto), still usable on plain-HTTP demos.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddEncodedCookieRedirects();
        return services;
    }

    /// <summary>First in the pipeline, so every response, even an error, gets the headers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();
}
