namespace BossRemote.Tests.Integration.Authorization;

/// <summary>
/// One row of the authorization matrix: an endpoint the app maps (its HTTP methods and route template, exactly as
/// routing lists them; <c>*</c> when it takes any method) and what each caller gets from it. <see cref="Request"/> is the
/// request sent (route template by default); a <c>{name}</c> in it is filled with a real value from the demo data.
/// </summary>
public sealed record AccessRule(string Methods, string Route, IReadOnlyDictionary<Callers, Outcome> Expected)
{
    public const string AnyMethod = "*";

    /// <summary>Path and query sent, with <c>{name}</c> placeholders for sample values.</summary>
    public string Request { get; init; } = Route;

    /// <summary>The method sent: the endpoint's first one, or GET when it takes any.</summary>
    public string RequestMethod { get; init; } = Methods == AnyMethod ? "GET" : Methods.Split(',')[0];

    public string Key => $"{Methods} {Route}";

    /// <summary>A Razor page behind <paramref name="allowed"/>: 200 for them, sign-in for anonymous callers, access denied for the rest.</summary>
    public static AccessRule Page(string route, Callers allowed) => Guarded("GET,POST", route, allowed, Outcome.Ok);

    /// <summary>
    /// An endpoint behind <paramref name="allowed"/> that answers them <paramref name="allowedGet"/>; anonymous callers are
    /// sent to sign-in, other roles to access denied (the cookie's challenge and forbid).
    /// </summary>
    public static AccessRule Guarded(string methods, string route, Callers allowed, Outcome allowedGet) =>
        new(methods, route, Each(caller => allowed.HasFlag(caller) ? allowedGet : caller == Callers.Anonymous ? Outcome.SignIn : Outcome.Denied));

    /// <summary>An endpoint that answers every caller alike.</summary>
    public static AccessRule Same(string methods, string route, Outcome everyone) => new(methods, route, Each(_ => everyone));

    /// <summary>An endpoint that answers anonymous callers one way and every signed-in caller another.</summary>
    public static AccessRule Split(string methods, string route, Outcome anonymous, Outcome signedIn) =>
        new(methods, route, Each(caller => caller == Callers.Anonymous ? anonymous : signedIn));

    public static IReadOnlyList<Callers> All { get; } = [Callers.Anonymous, Callers.Technician, Callers.Supervisor, Callers.Admin];

    private static Dictionary<Callers, Outcome> Each(Func<Callers, Outcome> outcome) => All.ToDictionary(c => c, outcome);
}
