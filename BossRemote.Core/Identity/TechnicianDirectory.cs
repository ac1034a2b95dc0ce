using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Identity;

/// <summary>Lists the people who work tickets (technicians and admins) for assignment and filters.</summary>
public sealed class TechnicianDirectory(IDbContextFactory<BossRemoteDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TechnicianSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        string[] roles = [Roles.Technician, Roles.Admin];

        var technicians = await (
                from user in db.Users
                where db.UserRoles.Any(ur => ur.UserId == user.Id
                    && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!)))
                select new TechnicianSummary(user.Id, user.DisplayName, user.Email!))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return [.. technicians.OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }
}
