using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BossRemote.Web.Identity;

public static class IdentityEndpoints
{
    /// <summary>
    /// Sign-out is a POST with an antiforgery token, so a link or form on another site cannot sign anyone out. The token
    /// is checked here: a minimal API endpoint that binds no form is not checked by the antiforgery middleware. Signing
    /// out ends the server-side session (<see cref="SessionCookieEvents"/>), so a copy of the cookie stops working too.
    /// </summary>
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] ILoggerFactory loggerFactory,
            HttpContext context) =>
        {
            var logger = loggerFactory.CreateLogger("BossRemote.Identity");
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                logger.LogWarning("Sign-out refused for {User}: no valid antiforgery token", context.User.Identity?.Name);
                return Results.Text(SignInMessages.SignOutRefused, "text/plain", statusCode: StatusCodes.Status400BadRequest);
            }

            logger.LogInformation("{User} signed out", context.User.Identity?.Name);
            await signInManager.SignOutAsync();
            return Results.LocalRedirect("~/Account/Login");
        }).WithMetadata(new AllowWithoutTwoFactorAttribute());
        return endpoints;
    }
}
