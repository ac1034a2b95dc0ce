namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>A simulated session's <c>state</c>; emitted as <c>"Open"</c>/<c>"Closed"</c>.</summary>
public enum SimulatedSessionState
{
    Open,
    Closed,
}
