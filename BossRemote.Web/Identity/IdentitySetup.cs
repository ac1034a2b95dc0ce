using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BossRemote.Web.Identity;

public static class IdentitySetup
{
    public const string LoginPath = "/Account/Login";
    public const string AccessDeniedPath = "/Account/AccessDenied";

    /// <summary>
    /// How often a sign-in cookie (on a request) is checked against the user's security stamp, and an open page (its
    /// circuit) against its session, the security stamp and the lockout. A cookie's session is checked on every request.
    /// Identity's cookie default is 30 minutes.
    /// </summary>
    public static TimeSpan RevalidationInterval { get; } = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddBossRemoteIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CircuitSessionActivity>();
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<PasswordSignIn>();
        services.AddSignInThrottling();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "BossRemote.Auth";
            options.LoginPath = LoginPath;
            options.AccessDeniedPath = AccessDeniedPath;
            // The session behind the cookie decides how long a sign-in lasts (idle timeout, absolute lifetime: ADR-015).
            options.EventsType = typeof(SessionCookieEvents);
            options.SlidingExpiration = false;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SignInSecurityOptions>>((options, security) => options.ExpireTimeSpan = security.Value.AbsoluteLifetime);

        services.AddIdentityCore<ApplicationUser>(IdentityRules.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BossRemoteDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<DisplayNameClaimsPrincipalFactory>();
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = RevalidationInterval;
            options.OnRefreshingPrincipal = SessionCookieEvents.KeepSessionAsync;
        });

        services.AddAuthorization(options =>
        {
            options.AddBossRemotePolicies();
            // Every endpoint needs a signed-in user unless it says otherwise (sign-in page, health check, assets).
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LoggingAuthorizationResultHandler>();
        return services;
    }
}
