using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace BossRemote.Web.Identity;

/// <summary>
/// <c>Identity__RequireTwoFactorForAdmins</c>: an admin who has not turned two-factor sign-in on is sent to the page
/// that does, from every request but that page, sign-out and what anyone may open. On the server, for every endpoint
/// (pages, downloads, the jobs dashboard, the circuit's hub), not only by hiding links. Whether two-factor sign-in is on
/// travels in the sign-in (<see cref="DisplayNameClaimsPrincipalFactory.TwoFactorClaim"/>), refreshed when it changes.
/// </summary>
internal sealed class TwoFactorRequirementMiddleware(RequestDelegate next, IOptions<SignInSecurityOptions> options, ILogger<TwoFactorRequirementMiddleware> logger)
{
    public const string SetupPath = "/account/two-factor";

    public Task InvokeAsync(HttpContext context)
    {
        if (!options.Value.RequireTwoFactorForAdmins
            || !context.User.IsInRole(Roles.Admin)
            || DisplayNameClaimsPrincipalFactory.HasTwoFactor(context.User)
            || context.GetEndpoint() is not { } endpoint
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || endpoint.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is not null)
        {
            return next(context);
        }

        logger.LogInformation("{User} must turn on two-factor sign-in before {Path}", context.User.Identity?.Name, context.Request.Path);
        var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{context.Request.PathBase}{SetupPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        return Task.CompletedTask;
    }
}
