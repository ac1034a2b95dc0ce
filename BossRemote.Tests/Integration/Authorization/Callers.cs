namespace BossRemote.Tests.Integration.Authorization;

/// <summary>
/// Who makes a request in the authorization matrix: nobody signed in, or one of the demo sign-ins. The sets are named
/// after the policies that grant them (<c>Policies</c>), so a row reads like the page's own attribute.
/// </summary>
[Flags]
public enum Callers
{
    None = 0,
    Anonymous = 1,
    Technician = 2,
    Supervisor = 4,
    Admin = 8,

    SignedIn = Technician | Supervisor | Admin,
    Everyone = Anonymous | SignedIn,
    ReadTickets = Technician | Supervisor | Admin,
    WorkTickets = Technician | Admin,
    Reports = Supervisor | Admin,
}
