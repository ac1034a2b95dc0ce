using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Common;

/// <summary>
/// Re-checks a policy inside a service, so every caller (page, event handler, endpoint, job) is held to it,
/// not only the page that hid a button.
/// </summary>
public sealed class UserAccess(IAuthorizationService authorization, ILogger<UserAccess> logger)
{
    public async Task EnsureAsync(ClaimsPrincipal user, string policy, string operation)
    {
        var result = await authorization.AuthorizeAsync(user, policy);
        if (!result.Succeeded)
        {
            logger.LogWarning(
                "Access denied: {User} tried to {Operation} (policy {Policy})",
                user.Identity?.Name ?? "anonymous", operation, policy);
            throw new AccessDeniedException(operation);
        }
    }

    public async Task<bool> IsAllowedAsync(ClaimsPrincipal user, string policy) =>
        (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}
