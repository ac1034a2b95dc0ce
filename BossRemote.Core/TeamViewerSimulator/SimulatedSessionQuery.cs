namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// The filters of <c>GET /sessions</c> as sent (doc §2.3). <see cref="State"/> is <c>open</c>, <c>closed</c> or a
/// comma list of both, any case; empty means open only. <see cref="Offset"/> is a previous page's next offset.
/// <see cref="FullList"/> (<c>true</c>/<c>false</c>) asks for every field instead of the minimal shape.
/// </summary>
public sealed record SimulatedSessionQuery(
    string? GroupId = null,
    string? AssignedUserId = null,
    string? State = null,
    string? Offset = null,
    string? FullList = null);
