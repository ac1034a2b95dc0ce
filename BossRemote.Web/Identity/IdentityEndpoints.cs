using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BossRemote.Web.Identity;

public static class IdentityEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign anyone out.</summary>
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] ILoggerFactory loggerFactory,
            HttpContext context) =>
        {
            loggerFactory.CreateLogger("BossRemote.Identity").LogInformation("{User} signed out", context.User.Identity?.Name);
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
        return endpoints;
    }
}
