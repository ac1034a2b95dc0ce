using System.Security.Claims;

namespace BossRemote.Core.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id, or null for an anonymous principal.</summary>
    public static string? GetUserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier);
}
