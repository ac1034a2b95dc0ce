using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace BossRemote.Web.Identity;

/// <summary>Logs every refused request (SPEC §7), then lets the default handler answer 302 / 403.</summary>
internal sealed class LoggingAuthorizationResultHandler(ILogger<LoggingAuthorizationResultHandler> logger)
    : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _inner = new();

    public Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            logger.LogWarning(
                "Forbidden: {User} requested {Method} {Path}",
                context.User.Identity?.Name, context.Request.Method, context.Request.Path);
        }
        else if (authorizeResult.Challenged)
        {
            logger.LogInformation(
                "Sign-in required: anonymous request for {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        return _inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
