using static BossRemote.Tests.Integration.Authorization.AccessRule;

namespace BossRemote.Tests.Integration.Authorization;

/// <summary>
/// Who may do what, for every endpoint the app maps (SPEC §1, §5; ADR-017): ONE table. A page or endpoint that is not
/// here fails <see cref="AuthorizationMatrixTests"/> by name, so nothing ships without its rule. Static files are the
/// one blanket rule (anyone; see the tests). Placeholders in a request are filled from the demo data.
/// </summary>
public static class AuthorizationMatrix
{
    private const string Api = "/simulator/teamviewer/api/v1";

    public static IReadOnlyList<AccessRule> Rules { get; } =
    [
        // The help desk (SPEC §1): technicians work tickets, supervisors read them and the reports, admins do it all.
        Split("GET,POST", "/", Outcome.SignIn, Outcome.RedirectTo("/tickets", exact: true)),
        Page("/tickets", Callers.ReadTickets),
        Page("/tickets/{Number:int}", Callers.ReadTickets),
        Page("/tickets/new", Callers.WorkTickets),
        Page("/tickets/{Number:int}/edit", Callers.WorkTickets),
        Page("/account/notifications", Callers.WorkTickets),
        Page("/reports", Callers.Reports),
        Page("/reports/integrations/teamviewer", Callers.Reports),
        Guarded("GET", "/reports/integrations/teamviewer/export.csv", Callers.Reports, Outcome.Ok) with
        {
            Request = "/reports/integrations/teamviewer/export.csv?from=2026-03-01&to=2026-03-31&tz=UTC",
        },
        Guarded("GET", "/reports/integrations/teamviewer/sessions.csv", Callers.Reports, Outcome.Ok) with
        {
            Request = "/reports/integrations/teamviewer/sessions.csv?row=Priority&key=1&from=2026-03-01&to=2026-03-31&tz=UTC",
        },
        Page("/settings", Callers.Admin),
        Page("/settings/categories", Callers.Admin),
        Page("/settings/integrations/teamviewer", Callers.Admin),
        Page("/settings/email/integrations", Callers.Admin),
        Page("/settings/email/outbox", Callers.Admin),
        Page("/settings/email/rating", Callers.Admin),
        Page("/settings/branding", Callers.Admin),
        Page("/settings/audit", Callers.Admin),
        Page("/settings/users", Callers.Admin),
        Guarded(AnyMethod, "/jobs/{**path}", Callers.Admin, Outcome.Ok) with { Request = "/jobs" },

        // Signing in and out, errors, health, branding.
        Page("/Account/Login", Callers.Everyone),
        Split("GET,POST", "/Account/AccessDenied", Outcome.SignIn, Outcome.Code(403)),
        Page("/Account/LoginWith2fa", Callers.Everyone), // the second step of a sign-in; without its first step it asks for that
        Page("/account/two-factor", Callers.SignedIn),
        // Sign-out checks its antiforgery token itself (ADR-015): the matrix's bare POST is refused for everyone;
        // UserSessionTests sign out with the token.
        Split("POST", "/Account/Logout", Outcome.SignIn, Outcome.Code(400)),
        Page("/not-found", Callers.Everyone), // what a missing page re-executes with its 404; opened directly it is a page
        Page("/Error", Callers.Everyone),
        Same(AnyMethod, "/healthz", Outcome.Ok),
        Same("GET", "/branding/logo", Outcome.NotFound),
        // The requester's rating page (ADR-023) is public: anyone with a good link rates without signing in; a made-up
        // token gets the page that says the link is not valid (400), the matrix's bare POST the antiforgery refusal (400).
        Same("GET,POST", "/rate/{Token}", Outcome.Code(400)) with { Request = "/rate/not-a-token" }, // the demo has no logo; the customer page shows it to anyone

        // Blazor's own plumbing: no circuit without a sign-in. The hub answers a script 401, not a redirect; on the POST
        // that starts a circuit the status-code page replays that 401 as a POST of the not-found page, which antiforgery
        // refuses with 400 — refused either way.
        Split(AnyMethod, "/_blazor/negotiate", Outcome.Code(400), Outcome.Ok) with { RequestMethod = "POST" },
        Split(AnyMethod, "/_blazor", Outcome.Code(401), Outcome.Code(400)),
        Split(AnyMethod, "/_blazor/initializers/", Outcome.SignIn, Outcome.Ok),
        Split(AnyMethod, "/_blazor/disconnect/", Outcome.SignIn, Outcome.Code(400)) with { RequestMethod = "POST" },
        Split("GET", "/_framework/opaque-redirect", Outcome.SignIn, Outcome.Code(400)),
        Split("GET,HEAD", "{**path:file}", Outcome.SignIn, Outcome.NotFound) with { Request = "/no-such-file.txt" },

        // The built-in TeamViewer simulator (ADR-017): the customer link is public, the supporter's side needs a sign-in,
        // and the API answers the app's own client only (its installation key), so every person gets a plain 404.
        Page("/simulator/teamviewer/join/{Code}", Callers.Everyone),
        Page("/simulator/teamviewer/support/{Link}", Callers.ReadTickets),
        Guarded("GET", "/simulator/teamviewer/Connect/IndexByol", Callers.ReadTickets, Outcome.RedirectTo("/simulator/teamviewer/support/")) with
        {
            Request = "/simulator/teamviewer/Connect/IndexByol?sessioncode={Code}&servicequeuetoken={SupporterToken}&lang=en",
        },
        Same("GET", Api + "/ping", Outcome.NotFound),
        Same("GET", Api + "/sessions", Outcome.NotFound),
        Same("POST", Api + "/sessions", Outcome.NotFound),
        Same("GET", Api + "/sessions/{code}", Outcome.NotFound),
        Same("PUT", Api + "/sessions/{code}", Outcome.NotFound),
        Same("DELETE", Api + "/sessions/{code}", Outcome.NotFound),
        Same("GET", Api + "/groups", Outcome.NotFound),
        Same("POST", Api + "/groups", Outcome.NotFound),
        Same("GET", Api + "/groups/{id}", Outcome.NotFound),
        Same("GET", Api + "/reports/connections", Outcome.NotFound),
        Same("GET", Api + "/reports/connections/{id}", Outcome.NotFound),
        Same("PUT", Api + "/reports/connections/{id}", Outcome.NotFound),
        Same(AnyMethod, Api + "/{*path:nonfile}", Outcome.NotFound) with { Request = Api + "/meetings" },
    ];
}
