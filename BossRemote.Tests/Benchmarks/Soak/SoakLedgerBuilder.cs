using BossRemote.Benchmarks.Soak;
using BossRemote.Core.Audit;
using BossRemote.Core.Email;
using BossRemote.Core.ServiceCases;

namespace BossRemote.Tests.Benchmarks.Soak;

/// <summary>
/// A ledger whose books balance — cases stopped, each with its notes, one invitation sent and received once, their
/// TeamViewer sessions closed — that a test then unbalances in the one way it is about.
/// </summary>
public sealed class SoakLedgerBuilder
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly List<LedgerCase> _cases = [];
    private readonly List<LedgerDelivery> _deliveries = [];
    private readonly Dictionary<string, int> _received = new(StringComparer.Ordinal);
    private readonly HashSet<string> _interrupted = new(StringComparer.Ordinal);
    private readonly List<LedgerSession> _sessions = [];
    private readonly Dictionary<long, bool> _stops = [];
    private readonly List<string> _failedJobs = [];
    private readonly List<string> _incidents = [];
    private long _scheduledJobs;

    /// <summary>A case stopped by a technician after 20 minutes, with everything that goes with it.</summary>
    public SoakLedgerBuilder WithStoppedCase(long id) => WithCase(id, ServiceCaseState.Closed, [AuditActions.CaseClosed], endNotes: 1, stopConfirmed: true);

    public SoakLedgerBuilder WithCase(
        long id, ServiceCaseState state, IReadOnlyList<string> endAudits, int endNotes, bool stopConfirmed = false, TimeSpan? lived = null, bool invited = true)
    {
        var code = $"s100-000-{id:D3}";
        var created = Start.AddMinutes(id);
        _cases.Add(new LedgerCase(id, code, Reference(id), state, created, created.AddDays(1),
            state is ServiceCaseState.Pending or ServiceCaseState.Active ? null : created + (lived ?? TimeSpan.FromMinutes(20)), 1, endNotes, endAudits));
        _sessions.Add(new LedgerSession(code, Reference(id), Open: false));
        if (stopConfirmed)
        {
            _stops[id] = true;
        }

        return invited ? WithInvitation(id) : this;
    }

    public SoakLedgerBuilder WithInvitation(long caseId, EmailDeliveryStatus status = EmailDeliveryStatus.Sent, int received = 1)
    {
        var messageId = $"{caseId}-{_deliveries.Count}@bossremote";
        _deliveries.Add(new LedgerDelivery(_deliveries.Count + 1, caseId, EmailKind.CustomerInvitation, status, messageId, 1, null));
        if (received > 0)
        {
            _received[messageId] = received;
        }

        return this;
    }

    /// <summary>The invitation of <paramref name="caseId"/> was kept by the server when the app stopped before the 250.</summary>
    public SoakLedgerBuilder WithInterruptedSend(long caseId)
    {
        _interrupted.Add(_deliveries.Single(d => d.ServiceCaseId == caseId).MessageId);
        return this;
    }

    public SoakLedgerBuilder WithReceived(string messageId)
    {
        _received[messageId] = _received.GetValueOrDefault(messageId) + 1;
        return this;
    }

    public SoakLedgerBuilder WithSession(string code, string? customApi, bool open)
    {
        _sessions.Add(new LedgerSession(code, customApi, open));
        return this;
    }

    public SoakLedgerBuilder WithFailedJob(string description)
    {
        _failedJobs.Add(description);
        return this;
    }

    public SoakLedgerBuilder WithScheduledJobs(long count)
    {
        _scheduledJobs = count;
        return this;
    }

    public SoakLedgerBuilder WithIncident(string incident)
    {
        _incidents.Add(incident);
        return this;
    }

    public SoakLedger Build() => new()
    {
        Cases = _cases,
        Deliveries = _deliveries,
        Received = _received,
        InterruptedSends = _interrupted,
        Sessions = _sessions,
        ConfirmedStops = _stops,
        Jobs = new LedgerJobs(_failedJobs, 0, _scheduledJobs, 0),
        Incidents = _incidents,
        Now = Start.AddDays(3),
    };

    public static string Reference(long caseId) => $"bossremote:ticket:{1000 + caseId}:{caseId:D32}";
}
