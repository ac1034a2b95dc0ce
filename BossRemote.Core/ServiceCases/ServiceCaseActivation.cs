using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.Jobs;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.Tickets;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Turns a pending case into an active one once TeamViewer has issued its code: stores code and links, writes the
/// "started" note and the audit entry in one save, schedules the expiry at <c>valid_until</c>, queues the customer
/// e-mail and applies the custom QuickSupport module.
/// </summary>
public sealed class ServiceCaseActivation(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    IBackgroundJobClient jobs,
    ICustomerInvitationQueue invitations,
    AuditLog audit,
    ITicketChangePublisher publisher,
    TimeProvider clock,
    ILogger<ServiceCaseActivation> logger)
{
    /// <summary>TeamViewer's default validity when it does not say (doc §2.1).</summary>
    public static readonly TimeSpan DefaultValidity = TimeSpan.FromHours(24);

    /// <returns>The active case, or null when the pending case is gone (its TeamViewer session is then closed again).</returns>
    public async Task<ServiceCaseView?> ActivateAsync(
        long pendingCaseId, TeamViewerSession session, ClaimsPrincipal? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var serviceCase = await db.ServiceCases.Include(c => c.Ticket).SingleOrDefaultAsync(c => c.Id == pendingCaseId, cancellationToken);
        if (serviceCase is null || serviceCase.State != ServiceCaseState.Pending)
        {
            if (serviceCase?.SessionCode == session.Code)
            {
                return ServiceCaseView.From(serviceCase); // activated already (a retry, or the sweep got there first)
            }

            logger.LogWarning("Pending case {CaseId} is gone; closing TeamViewer session {SessionCode} so it is not left behind", pendingCaseId, session.Code);
            await TryCloseOrphanAsync(session.Code);
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        serviceCase.State = ServiceCaseState.Active;
        serviceCase.SessionCode = session.Code;
        serviceCase.SupporterLink = Truncate(session.SupporterLink);
        serviceCase.WebClientSupporterLink = Truncate(session.WebclientSupporterLink);
        serviceCase.CustomerLink = Truncate(session.EndCustomerLink);
        serviceCase.GroupId = session.GroupId;
        serviceCase.ValidUntil = session.ValidUntil ?? serviceCase.CreatedAt + DefaultValidity;
        serviceCase.CustomerOnline = session.Online;
        serviceCase.Version++;

        var ticket = serviceCase.Ticket!;
        ticket.Notes.Add(TicketTimeline.NewSystemNote(ServiceCaseNotes.Started(serviceCase), now, serviceCase.Id));
        ticket.Touch(now);
        audit.Add(db, actor, serviceCase.CreatedByName, AuditActions.CaseCreated,
            $"Created {session.Code} for {Ticket.FormatNumber(ticket.Number)} ({ticket.RequesterName})", ticket.Number, session.Code);
        await db.SaveChangesAsync(cancellationToken);

        jobs.Schedule<ServiceCaseExpiryJob>(job => job.ExecuteAsync(serviceCase.Id, CancellationToken.None), new DateTimeOffset(serviceCase.ValidUntil.Value, TimeSpan.Zero));
        await ApplyCustomModuleAsync(db, session.Code, cancellationToken);
        await invitations.QueueAsync(serviceCase.Id, cancellationToken);
        await publisher.PublishAsync(new TicketChanged(ticket.Id, ticket.Number), cancellationToken);
        return ServiceCaseView.From(serviceCase);
    }

    /// <summary><c>custom_module_id</c> is not a POST field (doc §6), so branding is applied with a PUT right after.</summary>
    private async Task ApplyCustomModuleAsync(BossRemoteDbContext db, string code, CancellationToken cancellationToken)
    {
        var moduleId = (await db.LoadTeamViewerSettingsAsync(cancellationToken)).CustomModuleId;
        if (string.IsNullOrWhiteSpace(moduleId))
        {
            return;
        }

        try
        {
            await teamViewer.UpdateSessionAsync(code, new UpdateSessionRequest { CustomModuleId = moduleId }, cancellationToken);
        }
        catch (TeamViewerException ex)
        {
            logger.LogWarning("Could not apply custom QuickSupport module to {SessionCode}: {Kind}", code, ex.Kind);
        }
    }

    private async Task TryCloseOrphanAsync(string code)
    {
        try
        {
            await teamViewer.CloseSessionAsync(code);
        }
        catch (TeamViewerException ex)
        {
            logger.LogError("TeamViewer session {SessionCode} has no case in BossRemote and could not be closed: {Kind}", code, ex.Kind);
        }
    }

    private static string? Truncate(string? link) =>
        link is { Length: > ServiceCase.LinkMaxLength } ? link[..ServiceCase.LinkMaxLength] : link;
}
