using System.Security.Claims;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BossRemote.Web.Identity;

/// <summary>
/// Adds the person's display name to the sign-in so the layout can greet them without a query, and whether they use
/// two-factor sign-in, for <see cref="TwoFactorRequirementMiddleware"/>. Rebuilt at every security-stamp check.
/// </summary>
internal sealed class DisplayNameClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "display_name";

    public const string TwoFactorClaim = "bossremote:two_factor";

    public static bool HasTwoFactor(ClaimsPrincipal user) => user.HasClaim(TwoFactorClaim, "true");

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        identity.AddClaim(new Claim(TwoFactorClaim, await UserManager.GetTwoFactorEnabledAsync(user) ? "true" : "false"));
        return identity;
    }
}
