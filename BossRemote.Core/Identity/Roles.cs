namespace BossRemote.Core.Identity;

/// <summary>The roles of SPEC §1.</summary>
public static class Roles
{
    public const string Technician = "Technician";
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor";

    public static IReadOnlyList<string> All { get; } = [Technician, Admin, Supervisor];
}
