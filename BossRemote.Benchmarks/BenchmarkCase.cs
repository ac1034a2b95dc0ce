namespace BossRemote.Benchmarks;

/// <summary>
/// One generated service case, as plain values for the bulk writers. Times are UTC. <see cref="DurationTicks"/> is
/// <c>EndedAt − CreatedAt</c>, as the product stores it when a case ends; the hand-written queries ignore it and
/// compute durations from the two times, so a wrong column would show as a difference.
/// </summary>
public sealed record BenchmarkCase(
    long Id,
    int TicketId,
    int State,
    string SessionCode,
    string SupporterLink,
    string WebClientSupporterLink,
    string CustomerLink,
    string GroupId,
    string Reference,
    string CreatedById,
    string CreatedByName,
    DateTime CreatedAt,
    DateTime ValidUntil,
    DateTime? EndedAt,
    long? DurationTicks,
    string? EndedByName,
    int? ConnectedSeconds)
{
    /// <summary>What the product's concurrency token says after a case was created and ended.</summary>
    public const int Version = 2;
}
