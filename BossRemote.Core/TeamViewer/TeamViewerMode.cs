namespace BossRemote.Core.TeamViewer;

/// <summary>Which TeamViewer Web API the app talks to (SPEC §3.1 "Modes").</summary>
public enum TeamViewerMode
{
    /// <summary>The built-in simulator served by the app itself: no account, no internet needed.</summary>
    Simulator,

    /// <summary>The real TeamViewer Web API at <see cref="TeamViewerOptions.BaseUrl"/>.</summary>
    Live,
}
