using System.Security.Claims;
using BossRemote.Core.Identity;

namespace BossRemote.Tests.TestSupport;

/// <summary>Builds the signed-in user a service sees: an id, a name and roles, as the sign-in cookie carries them.</summary>
public sealed class PrincipalBuilder
{
    private readonly List<string> _roles = [];
    private string _userId = Guid.NewGuid().ToString();
    private string _name = "someone@bossremote.test";
    private bool _authenticated = true;

    public static PrincipalBuilder Technician() => new PrincipalBuilder().WithRole(Roles.Technician);

    public static PrincipalBuilder Admin() => new PrincipalBuilder().WithRole(Roles.Admin);

    public static PrincipalBuilder Supervisor() => new PrincipalBuilder().WithRole(Roles.Supervisor);

    public static ClaimsPrincipal Anonymous() => new(new ClaimsIdentity());

    public PrincipalBuilder WithRole(string role)
    {
        _roles.Add(role);
        return this;
    }

    public PrincipalBuilder WithId(string userId)
    {
        _userId = userId;
        return this;
    }

    public PrincipalBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>Starts from a user that exists in the test database.</summary>
    public PrincipalBuilder For(TestUser user) => WithId(user.Id).WithName(user.Email);

    public PrincipalBuilder Unauthenticated()
    {
        _authenticated = false;
        return this;
    }

    public ClaimsPrincipal Build()
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, _userId), new(ClaimTypes.Name, _name)];
        claims.AddRange(_roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var identity = _authenticated ? new ClaimsIdentity(claims, "Test") : new ClaimsIdentity(claims);
        return new ClaimsPrincipal(identity);
    }
}
