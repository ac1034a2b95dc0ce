namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// The fields of <c>POST /sessions</c> or <c>PUT /sessions/{code}</c> as sent (doc §2.1, §2.5). In a PUT,
/// <see langword="null"/> means "unchanged" and an empty string clears a text. Dates, types and states are raw text:
/// the simulator validates them and answers 400 <c>invalid_request</c>.
/// </summary>
public sealed record SimulatedSessionInput
{
    public string? GroupId { get; init; }

    public string? GroupName { get; init; }

    public string? Description { get; init; }

    public string? WaitingMessage { get; init; }

    public string? EndCustomerName { get; init; }

    public string? EndCustomerEmail { get; init; }

    public string? AssignedUserId { get; init; }

    public string? CustomApi { get; init; }

    public string? CustomModuleId { get; init; }

    /// <summary>ISO 8601; POST only (a PUT that sends it is refused: it cannot be changed).</summary>
    public string? ValidUntil { get; init; }

    /// <summary><c>Default</c> or <c>Pilot</c> in any case, or their numbers 0 and 1; POST only.</summary>
    public string? SupportSessionType { get; init; }

    /// <summary><c>open</c> or <c>closed</c> in any case; PUT only.</summary>
    public string? State { get; init; }
}
