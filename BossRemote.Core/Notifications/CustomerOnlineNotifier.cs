using BossRemote.Core.Common.Events;
using BossRemote.Core.Data;
using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Notifications;

/// <summary>
/// Tells the right people that a customer came online (SPEC §3.3, §3.5): the technician who owns the case, plus whom
/// the admin chose (the ticket's assignee or all technicians) — each in the app and/or by e-mail as they chose. Runs
/// after the poll has committed the change (<see cref="CustomerCameOnline"/>).
/// </summary>
public sealed class CustomerOnlineNotifier(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    NotificationService notifications,
    ILiveUpdatePublisher publisher,
    LiquidTemplateEngine engine,
    EmailDeliveryQueue emails,
    TimeProvider clock) : IDomainEventHandler<CustomerCameOnline>
{
    /// <summary>
    /// Tells the people once per time the customer came online: a notice already given for this change is not given
    /// again, and the case records that it was given (the poll re-announces one that a stopped process never gave).
    /// </summary>
    public async Task HandleAsync(CustomerCameOnline domainEvent, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notice = await db.ServiceCases.AsNoTracking()
            .Where(c => c.Id == domainEvent.ServiceCaseId && c.SessionCode != null)
            .Where(ServiceCase.OnlineNotYetNoticed)
            .Select(c => new CustomerOnlineNotice(c.Id, c.TicketId, c.Ticket!.Number, c.Ticket.Subject, c.Ticket.RequesterName,
                c.SessionCode!, c.CreatedById, c.Ticket.AssignedTechnicianId, c.CustomerOnlineChangedAt!.Value))
            .SingleOrDefaultAsync(cancellationToken);
        if (notice is null)
        {
            return; // offline again, ended, or told already
        }

        await NotifyAsync(notice, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ServiceCases.Where(c => c.Id == notice.ServiceCaseId && c.CustomerOnlineChangedAt == notice.OnlineSince)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerOnlineNoticedAt, now), cancellationToken);
    }

    public async Task NotifyAsync(CustomerOnlineNotice notice, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recipients = await RecipientsAsync(db, notice, cancellationToken);
        var preferences = await db.UserNotificationPreferences.AsNoTracking()
            .Where(p => recipients.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        UserNotificationPreferences For(string id) => preferences.GetValueOrDefault(id) ?? new UserNotificationPreferences { UserId = id };

        var inApp = recipients.Where(id => For(id).InAppCustomerOnline).ToList();
        if (inApp.Count > 0)
        {
            // Stored first, so the bell that the live update makes re-read finds it, on this instance and the others.
            var message = $"{notice.RequesterName} is online in TeamViewer session {notice.SessionCode} ({Ticket.FormatNumber(notice.TicketNumber)} {notice.TicketSubject}).";
            var link = $"tickets/{notice.TicketNumber}";
            var told = await notifications.AddAsync(inApp, message, link, $"online:{notice.ServiceCaseId}:{notice.OnlineSince.Ticks}", cancellationToken);
            if (told.Count > 0)
            {
                publisher.Publish(new UserNotification(told, message, link));
            }
        }

        var byEmail = recipients.Where(id => For(id).EmailCustomerOnline).ToList();
        if (byEmail.Count == 0)
        {
            return;
        }

        var rendered = await engine.RenderAsync(CustomerOnlineEmail.Subject, CustomerOnlineEmail.Body,
            CustomerOnlineEmail.Model(notice.TicketNumber, notice.TicketSubject, notice.RequesterName, notice.SessionCode));
        var people = await db.Users.AsNoTracking().Where(u => byEmail.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        // One e-mail per person per time the customer came online, however often this runs for that change.
        var moment = notice.OnlineSince.Ticks;
        foreach (var person in people.Where(p => !string.IsNullOrWhiteSpace(p.Email)))
        {
            await emails.QueueAsync(new EmailDelivery
            {
                Key = $"online:{notice.ServiceCaseId}:{person.Id}:{moment}",
                Kind = EmailKind.CustomerOnline,
                ServiceCaseId = notice.ServiceCaseId,
                RecipientEmail = person.Email!,
                RecipientName = person.DisplayName,
                Subject = rendered.Subject,
                HtmlBody = rendered.HtmlBody,
            }, null, cancellationToken);
        }
    }

    private static async Task<HashSet<string>> RecipientsAsync(BossRemoteDbContext db, CustomerOnlineNotice notice, CancellationToken cancellationToken)
    {
        var recipients = new HashSet<string>(StringComparer.Ordinal) { notice.OwnerId };
        switch (await NotificationPreferencesService.LoadAudienceAsync(db, cancellationToken))
        {
            case CustomerOnlineAudience.TicketAssignee when notice.AssigneeId is { } assignee:
                recipients.Add(assignee);
                break;
            case CustomerOnlineAudience.AllTechnicians:
                string[] roles = [Roles.Technician, Roles.Admin];
                recipients.UnionWith(await db.UserRoles
                    .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!)))
                    .Select(ur => ur.UserId).ToListAsync(cancellationToken));
                break;
        }

        return recipients;
    }
}
