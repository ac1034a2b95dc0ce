namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// One page of sessions, newest first. <see cref="NextOffset"/> is the code the next page starts with;
/// it and <see cref="SessionsRemaining"/> are <see langword="null"/> on the last page.
/// </summary>
public sealed record SimulatedSessionPage(IReadOnlyList<SimulatedSession> Sessions, string? NextOffset, int? SessionsRemaining);
