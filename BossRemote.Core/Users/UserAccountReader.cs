using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Users;

/// <summary>Lists everyone who can sign in, with their role and whether they can, for the users page (admins).</summary>
public sealed class UserAccountReader(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access, TimeProvider clock)
{
    /// <summary>When a person somehow has several roles, the page shows the one that allows the most.</summary>
    private static readonly string[] RoleOrder = [Roles.Admin, Roles.Supervisor, Roles.Technician];

    public async Task<IReadOnlyList<UserAccountView>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, UserAdministrationService.Operation);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var people = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var roles = (await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { userRole.UserId, role.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name);

        var now = clock.GetUtcNow();
        return
        [
            .. people
                .Select(p =>
                {
                    var status = UserLockout.StatusOf(p.LockoutEnd, now);
                    var lockedUntil = status == UserAccountStatus.LockedOut ? p.LockoutEnd!.Value.UtcDateTime : (DateTime?)null;
                    var role = RoleOrder.FirstOrDefault(r => roles[p.Id].Contains(r));
                    return new UserAccountView(p.Id, p.DisplayName, p.Email ?? "", role, status, lockedUntil);
                })
                .OrderBy(v => v.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(v => v.Email, StringComparer.OrdinalIgnoreCase),
        ];
    }
}
