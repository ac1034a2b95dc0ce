using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Core.Tickets;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Benchmarks.Soak;

/// <summary>Reads the <see cref="SoakLedger"/> from where each fact lives: the databases, the SMTP server, the job store.</summary>
internal static class SoakLedgerReader
{
    private const string CaseActions = "servicecase.";

    public static async Task<SoakLedger> ReadAsync(SoakApp app, SoakSmtpServer smtp, SoakJournal journal, IReadOnlyList<string> incidents, DateTime now)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync();
        var notes = (await db.TicketNotes.AsNoTracking()
                .Where(n => n.Kind == TicketNoteKind.System && n.ServiceCaseId != null)
                .Select(n => new { CaseId = n.ServiceCaseId!.Value, n.Body }).ToListAsync())
            .ToLookup(n => n.CaseId, n => n.Body);
        var endAudits = (await db.AuditEntries.AsNoTracking()
                .Where(a => a.SessionCode != null && a.Action.StartsWith(CaseActions) && a.Action != AuditActions.CaseCreated)
                .Select(a => new { a.SessionCode, a.Action }).ToListAsync())
            .ToLookup(a => a.SessionCode!, a => a.Action);
        var cases = (await db.ServiceCases.AsNoTracking().OrderBy(c => c.Id).ToListAsync())
            .Select(c =>
            {
                var starts = notes[c.Id].Count(body => body == ServiceCaseNotes.Started(c));
                // The note an activation writes; every other note linked to the case is its end note.
                return new LedgerCase(c.Id, c.SessionCode, c.Reference, c.State, c.CreatedAt, c.ValidUntil, c.EndedAt,
                    starts, notes[c.Id].Count() - starts, c.SessionCode is null ? [] : [.. endAudits[c.SessionCode]]);
            })
            .ToList();
        var deliveries = await db.EmailDeliveries.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new LedgerDelivery(d.Id, d.ServiceCaseId, d.Kind, d.Status, d.MessageId, d.Attempts, d.LastError))
            .ToListAsync();

        return new SoakLedger
        {
            Cases = cases,
            Deliveries = deliveries,
            Received = new Dictionary<string, int>(smtp.Received, StringComparer.Ordinal),
            InterruptedSends = new HashSet<string>(journal.InterruptedSends.Keys, StringComparer.Ordinal),
            Sessions = await SessionsAsync(app, now),
            ConfirmedStops = new Dictionary<long, bool>(journal.ConfirmedStops),
            Jobs = Jobs(app),
            Incidents = incidents,
            Now = now,
        };
    }

    /// <summary>
    /// TeamViewer sessions that are open although no case in BossRemote is open for them (their <c>custom_api</c> is
    /// the case's reference; a pending case has no code yet). Checked during the run: by the end every session is past
    /// its valid-until, so a leak would no longer show.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SessionsWithoutOpenCaseAsync(SoakApp app, DateTime now)
    {
        HashSet<string> openReferences;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync(app.Lifetime))
        {
            openReferences = [.. await db.ServiceCases.AsNoTracking()
                .Where(c => c.State == ServiceCaseState.Pending || c.State == ServiceCaseState.Active)
                .Select(c => c.Reference).ToListAsync(app.Lifetime)];
        }

        return [.. (await SessionsAsync(app, now)).Where(s => s.Open && (s.CustomApi is null || !openReferences.Contains(s.CustomApi))).Select(s => s.Code)];
    }

    private static async Task<IReadOnlyList<LedgerSession>> SessionsAsync(SoakApp app, DateTime now)
    {
        await using var simulator = await app.Services.GetRequiredService<IDbContextFactory<SimulatorDbContext>>().CreateDbContextAsync();
        return await simulator.Sessions.AsNoTracking()
            .Select(s => new LedgerSession(s.Code, s.CustomApi, s.State == SimulatedSessionState.Open && s.ValidUntil > now))
            .ToListAsync();
    }

    private static LedgerJobs Jobs(SoakApp app)
    {
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var failed = monitoring.FailedJobs(0, 1_000)
            .Select(j => $"{j.Value.Job?.Type.Name}.{j.Value.Job?.Method.Name}({string.Join(", ", j.Value.Job?.Args ?? [])}) job {j.Key}: {j.Value.ExceptionType}: {j.Value.ExceptionMessage}")
            .ToList();
        return new LedgerJobs(failed, monitoring.EnqueuedCount(Hangfire.States.EnqueuedState.DefaultQueue), monitoring.ScheduledCount(), monitoring.ProcessingCount());
    }
}
