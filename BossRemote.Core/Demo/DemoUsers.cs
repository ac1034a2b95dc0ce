using BossRemote.Core.Identity;

namespace BossRemote.Core.Demo;

/// <summary>The demo sign-ins of SPEC §5 and a few more technicians.</summary>
public static class DemoUsers
{
    public const string Password = "Demo!2345";
    public const string AdminEmail = "admin@bossremote.local";
    public const string TechnicianEmail = "tech@bossremote.local";
    public const string SupervisorEmail = "supervisor@bossremote.local";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new(AdminEmail, "Alex Morgan", Roles.Admin),
        new(TechnicianEmail, "Taylor Reed", Roles.Technician),
        new(SupervisorEmail, "Sam Whitaker", Roles.Supervisor),
        new("maria.garcia@bossremote.local", "Maria Garcia", Roles.Technician),
        new("james.chen@bossremote.local", "James Chen", Roles.Technician),
        new("priya.patel@bossremote.local", "Priya Patel", Roles.Technician),
        new("tom.becker@bossremote.local", "Tom Becker", Roles.Technician),
    ];
}
