using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// TeamViewer has no webhooks (doc §7): this polls the open cases with one list call (per 1,000 cases), records every
/// change of <c>online</c> (the case announces it; <see cref="CustomerCameOnline"/> tells the people who want to know),
/// and ends cases that were closed in TeamViewer itself or no longer exist there. Each case is settled on its own: one
/// that fails never keeps the others from being checked.
/// </summary>
public sealed class ServiceCasePoller(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    ITeamViewerClient teamViewer,
    ServiceCaseEnding ending,
    IOptionsMonitor<TeamViewerOptions> options,
    TimeProvider clock,
    ILogger<ServiceCasePoller> logger)
{
    /// <summary>How long a notice may take before the poll assumes the process that owed it stopped.</summary>
    public static readonly TimeSpan NoticeGrace = TimeSpan.FromSeconds(30);

    /// <summary>Returns how many cases changed.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await RemindMissingNoticesAsync(now, cancellationToken);
        List<(long Id, string Code, bool Online)> active;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            active = (await db.ServiceCases.AsNoTracking()
                    .Where(ServiceCase.RunningAt(now)).Where(c => c.SessionCode != null)
                    .Select(c => new { c.Id, c.SessionCode, c.CustomerOnline })
                    .ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.SessionCode!, c.CustomerOnline)).ToList();
        }

        if (active.Count == 0)
        {
            return 0; // no call at all: the API is rate-limited
        }

        var online = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var filter = new SessionListFilter { States = [TeamViewerSessionState.Open] };
            await foreach (var session in teamViewer.ListAllSessionsAsync(filter, cancellationToken))
            {
                online[session.Code] = session.Online;
            }
        }
        catch (TeamViewerException ex)
        {
            logger.LogWarning("Polling TeamViewer failed: {Kind}", ex.Kind);
            return 0;
        }

        var changed = 0;
        foreach (var (id, code, wasOnline) in active)
        {
            try
            {
                var settled = online.TryGetValue(code, out var isOnline)
                    ? isOnline != wasOnline && await RecordOnlineAsync(id, isOnline, now, cancellationToken)
                    : await EndIfGoneAsync(id, code, now, cancellationToken);
                changed += settled ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Polling case {CaseId} ({SessionCode}) failed; the other cases are checked", id, code);
            }
        }

        return changed;
    }

    /// <summary>
    /// A customer came online but nobody was told: the process that recorded it stopped before its after-commit work.
    /// Announcing it again lets the notice go out now (the notifier gives one per change, never two).
    /// </summary>
    private async Task RemindMissingNoticesAsync(DateTime now, CancellationToken cancellationToken)
    {
        var before = now - NoticeGrace;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var missing = await db.ServiceCases
            .Where(c => c.State == ServiceCaseState.Active && c.CustomerOnlineChangedAt <= before)
            .Where(ServiceCase.OnlineNotYetNoticed)
            .ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var serviceCase in missing)
        {
            logger.LogWarning("Case {CaseId} came online at {OnlineSince} but nobody was told; telling them now", serviceCase.Id, serviceCase.CustomerOnlineChangedAt);
            serviceCase.RemindCustomerOnline();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> RecordOnlineAsync(long caseId, bool isOnline, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var serviceCase = await db.ServiceCases.SingleOrDefaultAsync(c => c.Id == caseId && c.State == ServiceCaseState.Active, cancellationToken);
        if (serviceCase is null || !serviceCase.SetCustomerOnline(isOnline, now))
        {
            return false;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // stopped meanwhile; the next poll sees the new state
        }
    }

    /// <summary>
    /// A code missing from the open list was closed in TeamViewer, or no longer exists there (deleted in the console,
    /// or another account's): the case ends here too, with a note that says which. A session closed only moments ago
    /// is left for the next poll: a technician's Stop may have closed it and be about to end the case with their name
    /// (it still reads the connection report), and the note must say who stopped it, not "closed in TeamViewer".
    /// </summary>
    private async Task<bool> EndIfGoneAsync(long caseId, string code, DateTime now, CancellationToken cancellationToken)
    {
        ServiceCaseEnding.Outcome outcome;
        try
        {
            var session = await teamViewer.GetSessionAsync(code, cancellationToken);
            if (session.State != TeamViewerSessionState.Closed || session.ClosedAt > now - StopGrace)
            {
                return false;
            }

            outcome = ServiceCaseEnding.ClosedInTeamViewer;
        }
        catch (TeamViewerException ex) when (ex.Kind == TeamViewerErrorKind.NotFound)
        {
            outcome = ServiceCaseEnding.GoneFromTeamViewer;
        }
        catch (TeamViewerException ex)
        {
            logger.LogWarning("Could not check case {CaseId} ({SessionCode}) in TeamViewer: {Kind}", caseId, code, ex.Kind);
            return false;
        }

        var ended = await ending.EndAsync(caseId, outcome, clock.GetUtcNow().UtcDateTime, null, AuditLog.SystemActor, cancellationToken);
        return ended is not null;
    }

    /// <summary>How long a Stop may still be finishing after TeamViewer closed the session: its close, then its report read.</summary>
    private TimeSpan StopGrace => 2 * options.CurrentValue.RequestTimeout + ServiceCase.StaleMargin;
}
