using System.Diagnostics;

namespace BossRemote.Core.Common;

/// <summary>
/// The app's own traces: one <see cref="ActivitySource"/> that OpenTelemetry (or any <see cref="ActivityListener"/>,
/// such as the live-page benchmark) can listen to. Activities cost nothing while nobody listens.
/// </summary>
public static class Telemetry
{
    public const string SourceName = "BossRemote";

    /// <summary>Play on a ticket, from the press reaching the server to the answer (SPEC §3.2).</summary>
    public const string Play = "Play";

    /// <summary>Prefix of every call to TeamViewer's API, e.g. <c>TeamViewer create session</c>.</summary>
    public const string TeamViewerPrefix = "TeamViewer ";

    public static ActivitySource Source { get; } = new(SourceName);
}
