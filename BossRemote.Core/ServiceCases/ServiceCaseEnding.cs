using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.Tickets;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Ends an open case in BossRemote — closed, closed locally, expired or closed in TeamViewer — with its system note and
/// audit entry in the same save; every open view re-reads once it commits. Idempotent: a case that already ended stays as it was.
/// When TeamViewer has connection reports for the case, the same save records that the ticket is to be written into
/// them, and <see cref="ReportWriteBackJob"/> does it after the commit, so Stop never waits for it or fails by it.
/// </summary>
public sealed class ServiceCaseEnding(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    IBackgroundJobClient jobs,
    IEnumerable<IStopFollowUp> stopFollowUps,
    AuditLog audit,
    ILogger<ServiceCaseEnding> logger)
{
    /// <summary>How often an ending goes again when changes that leave the case open keep committing first.</summary>
    private const int MaxAttempts = 3;

    /// <summary>How an open case ends, what its note says and what the audit trail records.</summary>
    public sealed record Outcome(ServiceCaseState State, bool LocallyOnly, string AuditAction, Func<ServiceCase, string> Note)
    {
        /// <summary>Ended by a technician's Stop: the <see cref="IStopFollowUp"/>s add to its save (ADR-023).</summary>
        public bool ByStop { get; init; }
    }

    public static readonly Outcome Closed = new(ServiceCaseState.Closed, false, AuditActions.CaseClosed, ServiceCaseNotes.Closed);

    public static readonly Outcome ClosedLocally = new(ServiceCaseState.Closed, true, AuditActions.CaseClosedLocally, ServiceCaseNotes.ClosedLocally);

    public static readonly Outcome ClosedInTeamViewer = new(ServiceCaseState.Closed, false, AuditActions.CaseClosedInTeamViewer, ServiceCaseNotes.ClosedInTeamViewer);

    public static readonly Outcome GoneFromTeamViewer = new(ServiceCaseState.Closed, true, AuditActions.CaseGoneFromTeamViewer, ServiceCaseNotes.GoneFromTeamViewer);

    public static readonly Outcome Expired = new(ServiceCaseState.Expired, false, AuditActions.CaseExpired, ServiceCaseNotes.Expired);

    /// <summary>Ends case <paramref name="caseId"/>; returns it as it now stands, or null when it does not exist.</summary>
    /// <param name="actor">The person who ended it, or null when BossRemote did (a job).</param>
    public async Task<ServiceCaseView?> EndAsync(
        long caseId, Outcome outcome, DateTime endedAt, ClaimsPrincipal? actor, string actorName,
        CancellationToken cancellationToken = default)
    {
        // A change that leaves the case open (the poll noting the customer come or go) can commit between the read and
        // the save: the save then meets a newer version, and ending goes again from the case as it now stands.
        for (var attempt = 1; ; attempt++)
        {
            var (ended, changedMeanwhile) = await TryEndAsync(caseId, outcome, endedAt, actor, actorName, cancellationToken);
            if (!changedMeanwhile || attempt == MaxAttempts)
            {
                return ended;
            }
        }
    }

    private async Task<(ServiceCaseView? Case, bool ChangedMeanwhile)> TryEndAsync(
        long caseId, Outcome outcome, DateTime endedAt, ClaimsPrincipal? actor, string actorName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var serviceCase = await db.ServiceCases.Include(c => c.Ticket).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (serviceCase is null || !serviceCase.IsOpen)
        {
            return (serviceCase is null ? null : ServiceCaseView.From(serviceCase), false);
        }

        var reports = !outcome.LocallyOnly && serviceCase.SessionCode is { } code ? await ReadReportsAsync(code, cancellationToken) : KnownReports.None;
        serviceCase.End(outcome.State, endedAt, actorName, outcome.LocallyOnly, reports.ConnectedSeconds);

        var ticket = serviceCase.Ticket!;
        ticket.Notes.Add(TicketTimeline.NewSystemNote(outcome.Note(serviceCase), endedAt, serviceCase.Id));
        ticket.Touch(endedAt);
        audit.Add(db, actor, actorName, outcome.AuditAction,
            $"{outcome.State} {serviceCase.SessionCode} on {Ticket.FormatNumber(ticket.Number)}", ticket.Number, serviceCase.SessionCode);
        if (reports.Any)
        {
            db.ReportWriteBacks.Add(ReportWriteBack.For(serviceCase.Id, endedAt));
        }

        var afterCommit = outcome.ByStop ? await FollowUpAsync(db, serviceCase, endedAt, cancellationToken) : [];

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Someone else ended or changed it at the same moment: an ending stands; a change that left it open means
            // ending again. Besides the version conflict, an engine may first report the write-back row the other
            // ending recorded (same key).
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var current = await fresh.ServiceCases.AsNoTracking().SingleAsync(c => c.Id == caseId, cancellationToken);
            if (ex is not DbUpdateConcurrencyException && current.IsOpen)
            {
                throw;
            }

            return (ServiceCaseView.From(current), current.IsOpen);
        }

        if (reports.Any)
        {
            jobs.Enqueue<ReportWriteBackJob>(job => job.ExecuteAsync(serviceCase.Id, CancellationToken.None));
        }

        afterCommit.ForEach(action => action());
        return (ServiceCaseView.From(serviceCase), false);
    }

    /// <summary>What follows a Stop, in the same save; one that fails is left out (logged), and the case still ends.</summary>
    private async Task<List<Action>> FollowUpAsync(BossRemoteDbContext db, ServiceCase serviceCase, DateTime endedAt, CancellationToken cancellationToken)
    {
        var afterCommit = new List<Action>();
        foreach (var followUp in stopFollowUps)
        {
            try
            {
                if (await followUp.AddAsync(db, serviceCase, endedAt, cancellationToken) is { } action)
                {
                    afterCommit.Add(action);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{FollowUp} failed for case {CaseId}; the case ends without it", followUp.GetType().Name, serviceCase.Id);
            }
        }

        return afterCommit;
    }

    /// <summary>What TeamViewer's connection reports for a code say: whether there are any, and the connected time.</summary>
    private sealed record KnownReports(bool Any, int? ConnectedSeconds)
    {
        public static readonly KnownReports None = new(false, null);
    }

    /// <summary>The connection reports for the code; none when the call fails.</summary>
    private async Task<KnownReports> ReadReportsAsync(string sessionCode, CancellationToken cancellationToken)
    {
        try
        {
            var total = TimeSpan.Zero;
            var timed = false;
            var any = false;
            await foreach (var record in teamViewer.ListAllConnectionReportsAsync(new ConnectionReportFilter { SessionCode = sessionCode }, cancellationToken))
            {
                any = true;
                if (record.StartDate is { } start && record.EndDate is { } end && end > start)
                {
                    total += end - start;
                    timed = true;
                }
            }

            return new(any, timed ? (int)total.TotalSeconds : null);
        }
        catch (TeamViewerException ex)
        {
            // Connection reports need a Premium licence and a permission; the case ends without them.
            logger.LogInformation("No connection report for {SessionCode}: {Kind}", sessionCode, ex.Kind);
            return KnownReports.None;
        }
    }
}
