using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Notifications;

/// <summary>SPEC §3.5: each technician's own choices, and the admin's choice of who else is told.</summary>
public sealed class NotificationPreferencesService(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    Common.UserAccess access,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<UserNotificationPreferences> GetMineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "change notification settings");
        var userId = user.GetUserId()!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.UserNotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
            ?? new UserNotificationPreferences { UserId = userId };
    }

    public async Task SaveMineAsync(ClaimsPrincipal user, bool inApp, bool email, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "change notification settings");
        var userId = user.GetUserId()!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preferences = await db.UserNotificationPreferences.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preferences is null)
        {
            db.UserNotificationPreferences.Add(preferences = new UserNotificationPreferences { UserId = userId });
        }

        (preferences.InAppCustomerOnline, preferences.EmailCustomerOnline) = (inApp, email);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<CustomerOnlineAudience> GetAudienceAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change notification settings for others");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAudienceAsync(db, cancellationToken);
    }

    public async Task SaveAudienceAsync(ClaimsPrincipal user, CustomerOnlineAudience audience, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change notification settings for others");
        if (!Enum.IsDefined(audience))
        {
            throw new ArgumentOutOfRangeException(nameof(audience));
        }

        await SaveSettingAsync(user, s => s.CustomerOnlineAudience = audience, $"Customer-online notices also go to: {audience}", cancellationToken);
    }

    /// <summary>Whether requesters are asked for a rating after each session ended by Stop (ADR-023).</summary>
    public async Task<bool> GetAskForRatingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change whether requesters are asked for a rating");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAskForRatingAsync(db, cancellationToken);
    }

    public async Task SaveAskForRatingAsync(ClaimsPrincipal user, bool ask, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change whether requesters are asked for a rating");
        await SaveSettingAsync(user, s => s.AskForRating = ask,
            ask ? "Requesters are asked for a rating after each session" : "Requesters are no longer asked for a rating", cancellationToken);
    }

    internal static async Task<bool> LoadAskForRatingAsync(BossRemoteDbContext db, CancellationToken cancellationToken) =>
        await db.NotificationSettings.AsNoTracking().Where(s => s.Id == NotificationSettings.SingletonId)
            .Select(s => s.AskForRating).SingleOrDefaultAsync(cancellationToken);

    private async Task SaveSettingAsync(ClaimsPrincipal user, Action<NotificationSettings> change, string auditText, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.Id == NotificationSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            db.NotificationSettings.Add(settings = new NotificationSettings());
        }

        change(settings);
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(db, user, await UserNames.DisplayNameAsync(db, user, cancellationToken), AuditActions.NotificationsChanged, auditText);
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static async Task<CustomerOnlineAudience> LoadAudienceAsync(BossRemoteDbContext db, CancellationToken cancellationToken) =>
        await db.NotificationSettings.AsNoTracking().Where(s => s.Id == NotificationSettings.SingletonId)
            .Select(s => (CustomerOnlineAudience?)s.CustomerOnlineAudience).SingleOrDefaultAsync(cancellationToken)
        ?? CustomerOnlineAudience.Nobody;
}
