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
/// One attempt to write a ticket's number and subject into its case's connection reports (<c>PUT
/// /reports/connections/{id}</c>, doc §4). Idempotent: a write-back that is done or given up is left alone, and a
/// report that already carries the line is not sent again. TeamViewer busy, down or rate-limited: retried later with
/// back-off (a <c>Retry-After</c> is honoured), then given up; a refusal that waiting cannot fix (no permission, token
/// rejected, report gone) is given up at once. Giving up is recorded in the audit trail for admins (ADR-020).
/// </summary>
public sealed class ReportWriteBackAttempt(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    IBackgroundJobClient jobs,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ReportWriteBackAttempt> logger)
{
    /// <summary>The waits between attempts: about a day in all, as TeamViewer's limits are per hour and per day (doc §5.3).</summary>
    public static readonly IReadOnlyList<TimeSpan> RetryDelays =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
    ];

    /// <summary>A rate limit is not waited out in a minute: at least this long, unless TeamViewer says how long.</summary>
    public static readonly TimeSpan RateLimitWait = TimeSpan.FromMinutes(15);

    /// <returns>The write-back's state afterwards, or null when there is none for the case.</returns>
    public async Task<ReportWriteBackState?> RunAsync(long serviceCaseId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var writeBack = await db.ReportWriteBacks.SingleOrDefaultAsync(w => w.ServiceCaseId == serviceCaseId, cancellationToken);
        if (writeBack is not { State: ReportWriteBackState.Pending })
        {
            return writeBack?.State; // done, given up, or never asked for: no call
        }

        var target = await db.ServiceCases.AsNoTracking().Where(c => c.Id == serviceCaseId)
            .Select(c => new { c.SessionCode, c.Ticket!.Number, c.Ticket.Subject }).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var written = await WriteAsync(target.SessionCode!, ReportNotes.For(target.Number, target.Subject), cancellationToken);
            writeBack.Written(clock.GetUtcNow().UtcDateTime);
            logger.LogInformation("Wrote ticket {TicketNumber} into {Count} connection report(s) of {SessionCode}", target.Number, written, target.SessionCode);
        }
        catch (TeamViewerException ex) when (ex.IsTransient && writeBack.Attempts < RetryDelays.Count)
        {
            var wait = Wait(ex, RetryDelays[writeBack.Attempts]);
            writeBack.RetryAt(now + wait, ex.UserMessage);
            logger.LogWarning("Connection report write-back for {SessionCode} failed ({Kind}); retrying in {Wait}", target.SessionCode, ex.Kind, wait);
        }
        catch (TeamViewerException ex)
        {
            writeBack.Fail(now, ex.UserMessage);
            audit.Add(db, null, AuditLog.SystemActor, AuditActions.ReportWriteBackFailed,
                $"Could not write {Ticket.FormatNumber(target.Number)} into the connection report of {target.SessionCode}: {ex.UserMessage}",
                target.Number, target.SessionCode);
            logger.LogError("Gave up writing ticket {TicketNumber} into the connection reports of {SessionCode}: {Kind}",
                target.Number, target.SessionCode, ex.Kind);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (writeBack is { State: ReportWriteBackState.Pending, NextAttemptAt: { } next })
        {
            jobs.Schedule<ReportWriteBackJob>(job => job.ExecuteAsync(serviceCaseId, CancellationToken.None), new DateTimeOffset(next, TimeSpan.Zero));
        }

        return writeBack.State;
    }

    /// <summary>Hands every pending write-back overdue by <paramref name="grace"/> to a job again: one whose job was lost in a crash.</summary>
    public async Task<int> SweepAsync(TimeSpan grace, CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - grace;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var overdue = await db.ReportWriteBacks.AsNoTracking()
            .Where(w => w.State == ReportWriteBackState.Pending && w.NextAttemptAt <= before)
            .Select(w => w.ServiceCaseId).ToListAsync(cancellationToken);
        foreach (var id in overdue)
        {
            jobs.Enqueue<ReportWriteBackJob>(job => job.ExecuteAsync(id, CancellationToken.None));
        }

        return overdue.Count;
    }

    /// <returns>How many reports were changed.</returns>
    private async Task<int> WriteAsync(string sessionCode, string line, CancellationToken cancellationToken)
    {
        var changed = 0;
        var filter = new ConnectionReportFilter { SessionCode = sessionCode };
        await foreach (var report in teamViewer.ListAllConnectionReportsAsync(filter, cancellationToken))
        {
            if (ReportNotes.Merge(report.Notes, line) is { } notes)
            {
                await teamViewer.UpdateConnectionReportAsync(report.Id, new UpdateConnectionReportRequest { Notes = notes }, cancellationToken);
                changed++;
            }
        }

        return changed;
    }

    private static TimeSpan Wait(TeamViewerException ex, TimeSpan backOff) => ex switch
    {
        { RetryAfter: { } after } => after > backOff ? after : backOff,
        { Kind: TeamViewerErrorKind.RateLimited } => backOff > RateLimitWait ? backOff : RateLimitWait,
        _ => backOff,
    };
}
