using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BossRemote.Web.Security;

/// <summary>
/// The cookie handler sends people on to the <c>ReturnUrl</c> of the query string as it was decoded, when they sign in
/// at the sign-in path or sign out at the sign-out path: <c>/Account/Login?ReturnUrl=%2Ftickets%2F%E2%9C%93</c> made a
/// 500 after a correct password. Every redirect of every cookie scheme goes through <see cref="LocationHeader"/>.
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
