using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Web.Identity;

public static class IdentitySetup
{
    public const string LoginPath = "/Account/Login";
    public const string AccessDeniedPath = "/Account/AccessDenied";

    /// <summary>
    /// How often a sign-in cookie (on a request) and an open page (its circuit) are checked against the user's
    /// security stamp and lockout: within this time of an admin disabling someone, changing their role or resetting
    /// their password, that person is signed out everywhere. Identity's cookie default is 30 minutes.
    /// </summary>
    public static TimeSpan RevalidationInterval { get; } = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddBossRemoteIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

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
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
        });

        services.AddIdentityCore<ApplicationUser>(IdentityRules.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BossRemoteDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<DisplayNameClaimsPrincipalFactory>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = RevalidationInterval);

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
