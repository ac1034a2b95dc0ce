using Microsoft.AspNetCore.Authorization;

namespace BossRemote.Core.Identity;

/// <summary>Authorization policies; every page, handler, endpoint and service checks one of these.</summary>
public static class Policies
{
    /// <summary>See tickets: technicians, admins and supervisors.</summary>
    public const string ReadTickets = nameof(ReadTickets);

    /// <summary>Create, edit, change status, add notes, start remote sessions: technicians and admins.</summary>
    public const string WorkTickets = nameof(WorkTickets);

    /// <summary>Settings, users, background jobs: admins.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>Reports: supervisors and admins.</summary>
    public const string Reports = nameof(Reports);

    public static void AddBossRemotePolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(ReadTickets, p => p.RequireRole(Roles.Technician, Roles.Admin, Roles.Supervisor));
        options.AddPolicy(WorkTickets, p => p.RequireRole(Roles.Technician, Roles.Admin));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Reports, p => p.RequireRole(Roles.Supervisor, Roles.Admin));
    }
}
