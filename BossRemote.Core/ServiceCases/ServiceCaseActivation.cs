using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Data;
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
/// "started" note and the audit entry in one save, and schedules the expiry at <c>valid_until</c>. What follows an
/// activation and need not hold up the technician — the requester's invitation, the custom QuickSupport module —
/// happens after the commit (<see cref="ServiceCaseActivated"/>, <see cref="CustomModuleJob"/>).
/// </summary>
public sealed class ServiceCaseActivation(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    IBackgroundJobClient jobs,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ServiceCaseActivation> logger)
{
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
        serviceCase.Activate(session);
        var ticket = serviceCase.Ticket!;
        ticket.Notes.Add(TicketTimeline.NewSystemNote(ServiceCaseNotes.Started(serviceCase), now, serviceCase.Id));
        ticket.Touch(now);
        audit.Add(db, actor, serviceCase.CreatedByName, AuditActions.CaseCreated,
            $"Created {session.Code} for {Ticket.FormatNumber(ticket.Number)} ({ticket.RequesterName})", ticket.Number, session.Code);
        await db.SaveChangesAsync(cancellationToken);

        jobs.Schedule<ServiceCaseExpiryJob>(job => job.ExecuteAsync(serviceCase.Id, CancellationToken.None), new DateTimeOffset(serviceCase.ValidUntil!.Value, TimeSpan.Zero));
        if (!string.IsNullOrWhiteSpace((await db.LoadTeamViewerSettingsAsync(cancellationToken)).CustomModuleId))
        {
            jobs.Enqueue<CustomModuleJob>(job => job.ExecuteAsync(serviceCase.Id, CancellationToken.None));
        }

        return ServiceCaseView.From(serviceCase);
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
}
