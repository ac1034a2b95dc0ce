using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Common.Events;
using BossRemote.Core.Data;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Email;

/// <summary>
/// The requester's invitation e-mail (SPEC §3.4): queued once a case's activation has committed (rendered from the
/// admin's template), its state for the widget, and resend — a second message identical to the first.
/// </summary>
public sealed class CustomerInvitations(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    EmailTemplateService templates,
    BrandingService branding,
    EmailDeliveryQueue queue,
    AuditLog audit,
    SharedReads sharedReads,
    ILogger<CustomerInvitations> logger) : IDomainEventHandler<ServiceCaseActivated>
{
    public Task HandleAsync(ServiceCaseActivated domainEvent, CancellationToken cancellationToken) =>
        QueueAsync(domainEvent.ServiceCaseId, cancellationToken);

    /// <summary>Queues the invitation of an active case; queuing it twice is a no-op (its key is unique).</summary>
    public async Task QueueAsync(long serviceCaseId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var facts = await db.ServiceCases.AsNoTracking()
            .Where(c => c.Id == serviceCaseId && c.SessionCode != null)
            .Select(c => new
            {
                c.Ticket!.Id, c.Ticket.Number, c.Ticket.Subject, c.Ticket.RequesterName, c.Ticket.RequesterEmail,
                c.CreatedByName, TechnicianEmail = db.Users.Where(u => u.Id == c.CreatedById).Select(u => u.Email).SingleOrDefault(),
                c.SessionCode, c.CustomerLink, c.ValidUntil,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (facts is null || string.IsNullOrWhiteSpace(facts.RequesterEmail))
        {
            logger.LogInformation("No invitation for case {CaseId}: no requester e-mail address", serviceCaseId);
            return;
        }

        var company = await branding.GetAsync(cancellationToken);
        var model = CustomerInvitationEmail.Model(new InvitationFacts(facts.Number, facts.Subject, facts.RequesterName, facts.RequesterEmail,
            facts.CreatedByName, facts.TechnicianEmail ?? "", facts.SessionCode!, facts.CustomerLink ?? "", facts.ValidUntil ?? default,
            company.CompanyName, company.HasLogo ? BrandingLogo.EmailUrl : null));
        var rendered = await templates.RenderAsync(CustomerInvitationEmail.Definition, model, cancellationToken);
        await queue.QueueAsync(new EmailDelivery
        {
            Key = $"invitation:{serviceCaseId}:{facts.RequesterEmail.Trim().ToLowerInvariant()}",
            Kind = EmailKind.CustomerInvitation,
            ServiceCaseId = serviceCaseId,
            RecipientEmail = facts.RequesterEmail.Trim(),
            RecipientName = facts.RequesterName,
            Subject = Limit(rendered.Subject, EmailDelivery.SubjectMaxLength),
            HtmlBody = rendered.HtmlBody,
        }, facts.Id, cancellationToken);
    }

    /// <summary>
    /// Queues the invitation of every active case that has none — one whose activation was saved but whose process
    /// stopped before the e-mail was queued. Cases younger than <paramref name="grace"/> are left to the normal path.
    /// </summary>
    /// <returns>How many invitations were queued.</returns>
    public async Task<int> QueueMissingAsync(DateTime now, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        List<long> missing;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var before = now - grace;
            missing = await db.ServiceCases
                .Where(c => c.State == ServiceCaseState.Active && c.CreatedAt < before && c.Ticket!.RequesterEmail != ""
                    && !db.EmailDeliveries.Any(d => d.ServiceCaseId == c.Id && d.Kind == EmailKind.CustomerInvitation))
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }

        foreach (var caseId in missing)
        {
            logger.LogWarning("Case {CaseId} had no invitation e-mail; queuing it now", caseId);
            await QueueAsync(caseId, cancellationToken);
        }

        return missing.Count;
    }

    /// <summary>The latest invitation of a case, or null when none was queued.</summary>
    public async Task<InvitationEmailView?> GetLatestAsync(ClaimsPrincipal user, long serviceCaseId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.ReadTickets, "view tickets");

        // Every open page of the ticket re-reads it when the ticket changes: those reads share one round trip.
        return await sharedReads.ReadAsync((nameof(GetLatestAsync), serviceCaseId), () => LatestAsync(serviceCaseId), cancellationToken);
    }

    private async Task<InvitationEmailView?> LatestAsync(long serviceCaseId)
    {
        var cancellationToken = CancellationToken.None; // shared by several callers (SharedReads)
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitations = db.EmailDeliveries.AsNoTracking().Where(d => d.ServiceCaseId == serviceCaseId && d.Kind == EmailKind.CustomerInvitation);
        var count = await invitations.CountAsync(cancellationToken);
        return await invitations.OrderByDescending(d => d.Id)
            .Select(d => new InvitationEmailView(d.Id, d.RecipientEmail, d.Status, d.Attempts, d.LastError, d.SentAt, d.NextAttemptAt, count - 1))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Queues the same message again (same subject and body) as a new delivery.</summary>
    public async Task<OperationResult> ResendAsync(ClaimsPrincipal user, long serviceCaseId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "resend e-mails");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var original = await db.EmailDeliveries.AsNoTracking()
            .Where(d => d.ServiceCaseId == serviceCaseId && d.Kind == EmailKind.CustomerInvitation)
            .OrderBy(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        var serviceCase = await db.ServiceCases.AsNoTracking().Include(c => c.Ticket).SingleOrDefaultAsync(c => c.Id == serviceCaseId, cancellationToken);
        if (original is null || serviceCase is null)
        {
            return OperationResult.Fail("This case has no invitation to resend.");
        }

        if (serviceCase.State != ServiceCaseState.Active)
        {
            return OperationResult.Fail("The case has ended; its link no longer works. Start a new session instead.");
        }

        var resends = await db.EmailDeliveries.CountAsync(d => d.ServiceCaseId == serviceCaseId && d.Kind == EmailKind.CustomerInvitation, cancellationToken);
        await queue.QueueAsync(new EmailDelivery
        {
            Key = $"{original.Key}:resend-{resends}",
            Kind = original.Kind,
            ServiceCaseId = serviceCaseId,
            RecipientEmail = original.RecipientEmail,
            RecipientName = original.RecipientName,
            Subject = original.Subject,
            HtmlBody = original.HtmlBody,
        }, serviceCase.TicketId, cancellationToken);

        // Recorded once the resend is queued, so the trail never claims one that did not happen.
        audit.Add(db, user, await UserNames.DisplayNameAsync(db, user, cancellationToken), AuditActions.EmailResent,
            $"Resent the invitation to {original.RecipientEmail}", serviceCase.Ticket!.Number, serviceCase.SessionCode);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    private static string Limit(string value, int length) => value.Length > length ? value[..length] : value;
}
