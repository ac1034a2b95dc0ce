namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// Everything the books are checked against, read once the soak has drained: the help desk's cases with their notes
/// and audit entries, the e-mail deliveries, what the SMTP server received, TeamViewer's sessions, the job store, and
/// what the soak itself saw (Stops the product confirmed, sends interrupted by a stop, errors thrown at technicians).
/// </summary>
public sealed record SoakLedger
{
    public required IReadOnlyList<LedgerCase> Cases { get; init; }

    public required IReadOnlyList<LedgerDelivery> Deliveries { get; init; }

    /// <summary>How many times each <c>Message-ID</c> reached the SMTP server.</summary>
    public required IReadOnlyDictionary<string, int> Received { get; init; }

    /// <summary>Messages the server had kept when the app stopped before reading its 250 (ADR-009's window).</summary>
    public required IReadOnlySet<string> InterruptedSends { get; init; }

    public required IReadOnlyList<LedgerSession> Sessions { get; init; }

    /// <summary>Stops the product confirmed, by case id: true when the case it returned was closed.</summary>
    public required IReadOnlyDictionary<long, bool> ConfirmedStops { get; init; }

    public required LedgerJobs Jobs { get; init; }

    /// <summary>Errors the product threw at a technician, and sessions found open without an open case during the run.</summary>
    public required IReadOnlyList<string> Incidents { get; init; }

    /// <summary>The soak's clock when the ledger was read.</summary>
    public required DateTime Now { get; init; }
}
