using System.Security.Claims;
using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Identity;

/// <summary>The name a person goes by in notes, cases and the audit trail, looked up where the people are kept.</summary>
internal static class UserNames
{
    /// <summary>The display name of <paramref name="user"/> as stored now, else the name they signed in with.</summary>
    public static async Task<string> DisplayNameAsync(BossRemoteDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = user.GetUserId();
        var name = await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "Unknown" : name;
    }
}
