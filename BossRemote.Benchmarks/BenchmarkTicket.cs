namespace BossRemote.Benchmarks;

/// <summary>
/// One generated ticket, as plain values: the entity's setters are private (it owns its rules), and the bulk writers of
/// both engines write columns, not entities. Every ticket is closed and carries version 1.
/// </summary>
public sealed record BenchmarkTicket(
    int Id,
    int Number,
    string Subject,
    string Description,
    string RequesterName,
    string RequesterEmail,
    string AssignedTechnicianId,
    int CategoryId,
    int Type,
    int Priority,
    int Source,
    int Status,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime ClosedAt);
