using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Notifications;

/// <summary>
/// The bell's notices: stored when they are given, listed newest first, counted and marked read — each person only
/// ever their own. Kept bounded: a person's notices older than <see cref="KeepFor"/> or beyond the newest
/// <see cref="KeepPerPerson"/> are removed whenever they get a new one.
/// </summary>
public sealed class NotificationService(IDbContextFactory<BossRemoteDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>How many notices the bell lists.</summary>
    public const int ListSize = 20;

    public const int KeepPerPerson = 200;

    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    /// <summary>
    /// Stores a notice for each of <paramref name="userIds"/>; one with the same <paramref name="key"/> a person has
    /// already got is not stored again (the poll may announce one change twice). Returns who got a new one.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddAsync(
        IReadOnlyCollection<string> userIds, string message, string? link, string? key, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var told = key is null
            ? []
            : await db.Notifications.Where(n => n.Key == key && userIds.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
        var recipients = userIds.Distinct(StringComparer.Ordinal).Except(told, StringComparer.Ordinal).ToList();
        db.Notifications.AddRange(recipients.Select(id => new Notification(id, message, link, key, now)));
        await db.SaveChangesAsync(cancellationToken);

        var tooOld = now - KeepFor;
        await db.Notifications.Where(n => recipients.Contains(n.UserId) && n.CreatedAt < tooOld).ExecuteDeleteAsync(cancellationToken);
        foreach (var userId in recipients)
        {
            var lastKept = await db.Notifications.Where(n => n.UserId == userId).OrderByDescending(n => n.Id)
                .Skip(KeepPerPerson).Select(n => (long?)n.Id).FirstOrDefaultAsync(cancellationToken);
            if (lastKept is { } id)
            {
                await db.Notifications.Where(n => n.UserId == userId && n.Id <= id).ExecuteDeleteAsync(cancellationToken);
            }
        }

        return recipients;
    }

    /// <summary>The signed-in person's newest notices, newest first.</summary>
    public async Task<IReadOnlyList<NotificationView>> ListMineAsync(ClaimsPrincipal user, int count = ListSize, CancellationToken cancellationToken = default)
    {
        var userId = Me(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Math.Clamp(count, 1, KeepPerPerson))
            .Select(n => new NotificationView(n.Id, n.Message, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many of the signed-in person's notices they have not seen.</summary>
    public async Task<int> CountUnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = Me(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.Where(n => n.UserId == userId).CountAsync(Notification.Unread, cancellationToken);
    }

    /// <summary>Marks all the signed-in person's notices read (they opened the list); returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = Me(user);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.Where(n => n.UserId == userId).Where(Notification.Unread)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>Marks one of the signed-in person's notices read; false when it is not theirs or not there.</summary>
    public async Task<bool> MarkReadAsync(ClaimsPrincipal user, long notificationId, CancellationToken cancellationToken = default)
    {
        var userId = Me(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return false;
        }

        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // Anyone signed in has a bell; it only ever shows their own notices.
    private static string Me(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.GetUserId() is { Length: > 0 } id
            ? id
            : throw new AccessDeniedException("read notifications");
}
