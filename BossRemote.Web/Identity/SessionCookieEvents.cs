using System.Security.Claims;
using BossRemote.Core.Identity;
using BossRemote.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Web.Identity;

/// <summary>
/// Ties the sign-in cookie to a server-side <see cref="UserSession"/> (ADR-015): every sign-in starts a new one (never
/// the one of a cookie the browser already had: session fixation, OWASP ASVS 3.2.1), every request checks it before the
/// security stamp, and signing out deletes it, so a copied cookie stops working at that moment on every instance.
/// </summary>
internal sealed class SessionCookieEvents(UserSessionStore sessions, ILogger<SessionCookieEvents> logger) : EncodedRedirectCookieEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        var cancellationToken = context.HttpContext.RequestAborted;
        if (context.HttpContext.User.FindFirstValue(UserSession.ClaimType) is { } previous)
        {
            await sessions.EndAsync(previous, cancellationToken);
        }

        var identity = (ClaimsIdentity)context.Principal!.Identity!;
        foreach (var stale in identity.FindAll(UserSession.ClaimType).ToList())
        {
            identity.RemoveClaim(stale);
        }

        var userId = context.Principal.GetUserId() ?? throw new InvalidOperationException("A sign-in without a user id.");
        identity.AddClaim(new Claim(UserSession.ClaimType, await sessions.StartAsync(userId, cancellationToken)));
        await base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirstValue(UserSession.ClaimType);
        if (!await sessions.CheckAsync(sessionId, isActivity: true, context.HttpContext.RequestAborted))
        {
            logger.LogInformation("Sign-in of {User} refused: its session has ended", context.Principal?.Identity?.Name);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null)
        {
            // The account changed (password, role, disabled): this session is over too.
            await sessions.EndAsync(sessionId!, context.HttpContext.RequestAborted);
        }
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.FindFirstValue(UserSession.ClaimType) is { } sessionId)
        {
            await sessions.EndAsync(sessionId, context.HttpContext.RequestAborted);
        }

        await base.SigningOut(context);
    }

    /// <summary>The security stamp check rebuilds the principal every minute; the session it belongs to stays the same.</summary>
    public static Task KeepSessionAsync(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(UserSession.ClaimType) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(session.Type, session.Value));
        }

        return Task.CompletedTask;
    }
}
