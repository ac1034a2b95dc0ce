namespace BossRemote.Tests.Integration.Authorization;

/// <summary>What one caller gets from one request: a status code and, for a redirect, where it leads.</summary>
public sealed record Outcome(int Status, string? Location = null, bool ExactLocation = false)
{
    public static Outcome Ok { get; } = new(200);

    public static Outcome NotFound { get; } = new(404);

    /// <summary>Not signed in: the cookie's challenge, back to where they were after signing in.</summary>
    public static Outcome SignIn { get; } = new(302, "/Account/Login?ReturnUrl=");

    /// <summary>Signed in, but the role may not: the cookie's forbid.</summary>
    public static Outcome Denied { get; } = new(302, "/Account/AccessDenied");

    public static Outcome Code(int status) => new(status);

    public static Outcome RedirectTo(string location, bool exact = false) => new(302, location, exact);

    /// <summary>Whether a response with <paramref name="status"/> and <paramref name="location"/> (path and query) is this.</summary>
    public bool Matches(int status, string? location) =>
        status == Status && (Location is null || (ExactLocation
            ? string.Equals(location, Location, StringComparison.Ordinal)
            : location?.StartsWith(Location, StringComparison.Ordinal) == true));

    public override string ToString() => Location is null ? $"{Status}" : $"{Status} → {Location}{(ExactLocation ? "" : "…")}";
}
