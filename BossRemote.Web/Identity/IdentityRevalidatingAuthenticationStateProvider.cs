using System.Security.Claims;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BossRemote.Web.Identity;

/// <summary>
/// Re-checks a connected circuit's sign-in every <see cref="IdentitySetup.RevalidationInterval"/>: its session (signed
/// out elsewhere, idle, past its lifetime) and the user's security stamp and lockout (disabled, locked out, changed).
/// When it fails, the page shows the sign-in page.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    UserSessionStore sessions,
    IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => IdentitySetup.RevalidationInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillSignedInAsync(authenticationState.User, cancellationToken);

    /// <summary>The check of one revalidation; a page's own revalidation is not activity.</summary>
    internal async Task<bool> IsStillSignedInAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!await sessions.CheckAsync(principal.FindFirstValue(UserSession.ClaimType), isActivity: false, cancellationToken))
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await userManager.GetUserAsync(principal);
        if (user is null || await userManager.IsLockedOutAsync(user))
        {
            return false;
        }

        var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return !userManager.SupportsUserSecurityStamp || principalStamp == await userManager.GetSecurityStampAsync(user);
    }
}
