using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Audit;

/// <summary>Writes and lists the audit trail: the integration and user administration.</summary>
public sealed class AuditLog(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access, TimeProvider clock)
{
    public const string SystemActor = "BossRemote";

    /// <summary>
    /// Adds an entry to <paramref name="db"/> without saving, so it commits together with the change it describes.
    /// </summary>
    public void Add(BossRemoteDbContext db, ClaimsPrincipal? actor, string actorName, string action, string details,
        int? ticketNumber = null, string? sessionCode = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor?.GetUserId(),
            ActorName = actorName,
            Action = action,
            Details = details.Length > 2000 ? details[..2000] : details,
            TicketNumber = ticketNumber,
            SessionCode = sessionCode,
        });

    public async Task<PagedResult<AuditEntry>> ListAsync(
        ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view the audit trail");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.AuditEntries.CountAsync(cancellationToken);
        var items = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Math.Max(page, 0) * pageSize).Take(Math.Clamp(pageSize, 1, 200))
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntry>(items, total);
    }
}
