namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>What the simulator's customer and supporter pages show about a session.</summary>
public sealed record SimulatedSessionView(
    string Code,
    string? Description,
    string? WaitingMessage,
    string? EndCustomerName,
    string? GroupName,
    string AssignedUserId,
    bool Online,
    DateTime? JoinedAt,
    SimulatedSessionState State,
    DateTime CreatedAt,
    DateTime ValidUntil,
    DateTime? ClosedAt,
    bool HasEnded);
