using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BossRemote.Web.Security;

/// <summary>
/// The cookie handler sends people on to the <c>ReturnUrl</c> of the query string as it was decoded, when they sign in
/// at the sign-in path or sign out at the sign-out path: <c>/Account/Login?ReturnUrl=%2Ftickets%2F%E2%9C%93</c> made a
/// 500 after a correct password. Every redirect of every cookie scheme goes through <see cref="LocationHeader"/>:
/// schemes whose events are an instance here, schemes whose events come from the container (<c>EventsType</c>) by
/// deriving them from <see cref="EncodedRedirectCookieEvents"/>.
/// </summary>
internal static class RedirectEncoding
{
    public static IServiceCollection AddEncodedCookieRedirects(this IServiceCollection services) =>
        services.PostConfigureAll<CookieAuthenticationOptions>(options =>
        {
            var events = options.Events;
            events.OnRedirectToReturnUrl = Encoded(events.OnRedirectToReturnUrl);
            events.OnRedirectToLogin = Encoded(events.OnRedirectToLogin);
            events.OnRedirectToLogout = Encoded(events.OnRedirectToLogout);
            events.OnRedirectToAccessDenied = Encoded(events.OnRedirectToAccessDenied);
        });

    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> Encoded(
        Func<RedirectContext<CookieAuthenticationOptions>, Task> redirect) =>
        context =>
        {
            context.RedirectUri = LocationHeader.Encode(context.RedirectUri);
            return redirect(context);
        };
}

/// <summary>Cookie events that encode every redirect (see <see cref="RedirectEncoding"/>); the base of events set as <c>EventsType</c>.</summary>
internal abstract class EncodedRedirectCookieEvents : CookieAuthenticationEvents
{
    public override Task RedirectToReturnUrl(RedirectContext<CookieAuthenticationOptions> context) => base.RedirectToReturnUrl(Encode(context));

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) => base.RedirectToLogin(Encode(context));

    public override Task RedirectToLogout(RedirectContext<CookieAuthenticationOptions> context) => base.RedirectToLogout(Encode(context));

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) => base.RedirectToAccessDenied(Encode(context));

    private static RedirectContext<CookieAuthenticationOptions> Encode(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.RedirectUri = LocationHeader.Encode(context.RedirectUri);
        return context;
    }
}
