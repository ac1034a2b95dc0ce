using BossRemote.Core.Audit;
using BossRemote.Core.Email;
using BossRemote.Core.ServiceCases;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// Checks that the books balance: every case ended exactly once with exactly one end note, every invitation was sent
/// exactly once, no TeamViewer session is open without an open case, no job and no e-mail failed for good, and nothing
/// is left waiting. Pure: it reads a <see cref="SoakLedger"/> and nothing else, so it can be tested on its own.
/// </summary>
public static class SoakBooks
{
    public const string CasesCreated = "cases created (TeamViewer issued a code)";
    public const string EndedByStop = "  ended by Stop";
    public const string EndedByExpiry = "  ended by expiry";
    public const string EndedInTeamViewer = "  ended: closed in TeamViewer";
    public const string EndedGone = "  ended: gone from TeamViewer";
    public const string EndNotes = "end notes";
    public const string InvitationsQueued = "invitations queued";
    public const string InvitationsSent = "invitations sent";
    public const string ReceivedTwice = "  received twice: app stopped after the server's accept (ADR-009)";
    public const string NeverInvited = "cases never invited (ended before the sweep re-queued a lost invitation)";
    public const string OpenSessionsWithoutCase = "open TeamViewer sessions without an active case";
    public const string JobsFailed = "jobs failed for good";
    public const string EmailsFailed = "e-mails failed for good";

    /// <summary>
    /// An invitation whose queuing a stop interrupted is queued by the e-mail sweep (every 5 minutes, for cases active
    /// for 5 minutes), so a case that stayed open this long must have one.
    /// </summary>
    public static readonly TimeSpan InvitationSweepWindow = TimeSpan.FromMinutes(11);

    public static SoakBalance Check(SoakLedger ledger)
    {
        var problems = new List<string>(ledger.Incidents);
        var cases = ledger.Cases.Where(c => c.SessionCode is not null).ToList();
        problems.AddRange(ledger.Cases.Where(c => c.SessionCode is null).Select(c => $"case {c.Id} is still pending: TeamViewer never confirmed it and nothing settled it"));
        foreach (var c in cases)
        {
            problems.AddRange(CaseProblems(c, ledger));
        }

        var invitations = ledger.Deliveries.Where(d => d.Kind == EmailKind.CustomerInvitation).ToLookup(d => d.ServiceCaseId);
        var neverInvited = 0;
        foreach (var c in cases)
        {
            var count = invitations[c.Id].Count();
            if (count == 0 && c.EndedAt - c.CreatedAt < InvitationSweepWindow)
            {
                neverInvited++;
            }
            else if (count != 1)
            {
                problems.Add($"case {c.Id} ({c.SessionCode}) has {count} invitations, not 1");
            }
        }

        var (receivedTwice, mailProblems) = MailProblems(ledger);
        problems.AddRange(mailProblems);
        var leaks = ledger.Sessions.Where(s => s.Open).Select(s => s.Code).ToList();
        problems.AddRange(leaks.Select(code => $"TeamViewer session {code} is open at the end, with no active case"));
        var references = ledger.Cases.Select(c => c.Reference).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(ledger.Sessions.Where(s => s.CustomApi is null || !references.Contains(s.CustomApi))
            .Select(s => $"TeamViewer session {s.Code} belongs to no case in BossRemote (custom_api {s.CustomApi ?? "none"})"));
        problems.AddRange(ledger.Jobs.Failed.Select(job => $"job failed for good: {job}"));
        if (ledger.Jobs is { Enqueued: > 0 } or { Scheduled: > 0 } or { Processing: > 0 })
        {
            problems.Add($"the job store still holds work: {ledger.Jobs.Enqueued} enqueued, {ledger.Jobs.Scheduled} scheduled, {ledger.Jobs.Processing} processing");
        }

        long Ended(string action) => cases.Count(c => c.EndAudits.Contains(action));
        SoakCount[] counts =
        [
            new(CasesCreated, cases.Count),
            new(EndedByStop, Ended(AuditActions.CaseClosed)),
            new(EndedByExpiry, Ended(AuditActions.CaseExpired)),
            new(EndedInTeamViewer, Ended(AuditActions.CaseClosedInTeamViewer)),
            new(EndedGone, Ended(AuditActions.CaseGoneFromTeamViewer)),
            new("  ended: closed in BossRemote only", Ended(AuditActions.CaseClosedLocally)),
            new("  still open", cases.Count(c => c.State is ServiceCaseState.Pending or ServiceCaseState.Active)),
            new("start notes", cases.Sum(c => c.StartNotes)),
            new(EndNotes, cases.Sum(c => c.EndNotes)),
            new(InvitationsQueued, ledger.Deliveries.Count(d => d.Kind == EmailKind.CustomerInvitation)),
            new(InvitationsSent, ledger.Deliveries.Count(d => d.Kind == EmailKind.CustomerInvitation && d.Status == EmailDeliveryStatus.Sent)),
            new(ReceivedTwice, receivedTwice),
            new(NeverInvited, neverInvited),
            new("customer-online e-mails queued", ledger.Deliveries.Count(d => d.Kind == EmailKind.CustomerOnline)),
            new("customer-online e-mails sent", ledger.Deliveries.Count(d => d.Kind == EmailKind.CustomerOnline && d.Status == EmailDeliveryStatus.Sent)),
            new(OpenSessionsWithoutCase, leaks.Count + ledger.Incidents.Count(i => i.Contains("TeamViewer session", StringComparison.Ordinal))),
            new(JobsFailed, ledger.Jobs.Failed.Count),
            new(EmailsFailed, ledger.Deliveries.Count(d => d.Status == EmailDeliveryStatus.Failed)),
        ];
        return new SoakBalance(counts, problems);
    }

    private static IEnumerable<string> CaseProblems(LedgerCase c, SoakLedger ledger)
    {
        var name = $"case {c.Id} ({c.SessionCode})";
        if (c.State is ServiceCaseState.Pending or ServiceCaseState.Active)
        {
            yield return $"{name} is still {c.State} at the end";
        }
        else if (c.EndAudits.Count != 1 || c.EndNotes != 1)
        {
            yield return $"{name} ended {c.EndAudits.Count} times ({string.Join(", ", c.EndAudits)}) with {c.EndNotes} end notes";
        }

        if (c.StartNotes != 1)
        {
            yield return $"{name} has {c.StartNotes} start notes";
        }

        if (ledger.ConfirmedStops.TryGetValue(c.Id, out var closed) && (!closed || c.State != ServiceCaseState.Closed || !c.EndAudits.Contains(AuditActions.CaseClosed)))
        {
            yield return $"{name}: Stop was confirmed, but the case is {c.State} ({string.Join(", ", c.EndAudits)})";
        }
    }

    private static (int ReceivedTwice, List<string> Problems) MailProblems(SoakLedger ledger)
    {
        var problems = new List<string>();
        var twice = 0;
        foreach (var d in ledger.Deliveries)
        {
            var received = ledger.Received.GetValueOrDefault(d.MessageId);
            var name = $"{d.Kind} e-mail {d.Id} (case {d.ServiceCaseId})";
            if (d.Status != EmailDeliveryStatus.Sent)
            {
                problems.Add($"{name} is {d.Status} after {d.Attempts} attempts: {d.LastError}");
            }
            else if (received == 2 && ledger.InterruptedSends.Contains(d.MessageId))
            {
                twice++;
            }
            else if (received != 1)
            {
                problems.Add($"{name} is sent but reached the SMTP server {received} times");
            }
        }

        var known = ledger.Deliveries.Select(d => d.MessageId).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(ledger.Received.Keys.Where(id => !known.Contains(id)).Select(id => $"the SMTP server received {id}, which no delivery sent"));
        return (twice, problems);
    }
}
