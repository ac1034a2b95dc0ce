namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// One page of sessions, newest first. <see cref="NextOffset"/> is the code the next page starts with;
/// it and <see cref="SessionsRemaining"/> are <see langword="null"/> on the last page. <see cref="FullList"/> says
/// whether the caller asked for every field.
/// </summary>
public sealed record SimulatedSessionPage(IReadOnlyList<SimulatedSession> Sessions, string? NextOffset, int? SessionsRemaining, bool FullList);
