using BossRemote.Core.ServiceCases;

namespace BossRemote.Benchmarks.Soak;

/// <summary>One service case; the notes and audit entries are those linked to it.</summary>
public sealed record LedgerCase(
    long Id, string? SessionCode, string Reference, ServiceCaseState State, DateTime CreatedAt, DateTime? ValidUntil, DateTime? EndedAt,
    int StartNotes, int EndNotes, IReadOnlyList<string> EndAudits);
