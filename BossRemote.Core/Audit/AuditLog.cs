using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Audit;

/// <summary>Writes and lists the audit trail: tickets, the integration, settings and user administration.</summary>
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

    /// <summary>One page of the entries <paramref name="query"/> asks for, newest first, and how many there are in all.</summary>
    public async Task<PagedResult<AuditEntry>> ListAsync(
        ClaimsPrincipal user, AuditQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view the audit trail");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Math.Max(page, 0) * pageSize).Take(Math.Clamp(pageSize, 1, 200))
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntry>(items, total);
    }

    /// <summary>Everyone who appears in the trail, by name, with BossRemote itself for what jobs did.</summary>
    public async Task<IReadOnlyList<AuditActor>> ListActorsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view the audit trail");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actors = await db.AuditEntries.AsNoTracking()
            .GroupBy(a => a.ActorId)
            .Select(g => new { Id = g.Key, Name = g.Max(a => a.ActorName) })
            .ToListAsync(cancellationToken);

        // A person's current name where they still exist; the name they had in the trail otherwise.
        var ids = actors.Select(a => a.Id).OfType<string>().ToList();
        var current = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. actors
            .Select(a => a.Id is null
                ? new AuditActor(AuditQuery.SystemActor, SystemActor)
                : new AuditActor(a.Id, current.TryGetValue(a.Id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : a.Name!))
            .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (query.Actor == AuditQuery.SystemActor)
        {
            entries = entries.Where(a => a.ActorId == null);
        }
        else if (!string.IsNullOrEmpty(query.Actor))
        {
            entries = entries.Where(a => a.ActorId == query.Actor);
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            entries = entries.Where(a => a.Action == query.Action);
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(query.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        if (query.From is { } from)
        {
            var start = LocalDays.StartUtc(from, zone);
            entries = entries.Where(a => a.At >= start);
        }

        if (query.To is { } to)
        {
            var end = LocalDays.StartUtc(to.AddDays(1), zone);
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }
}
