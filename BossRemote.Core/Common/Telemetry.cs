using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BossRemote.Core.Common;

/// <summary>
/// The app's own traces and metrics: one <see cref="ActivitySource"/> and one <see cref="System.Diagnostics.Metrics.Meter"/>
/// that OpenTelemetry, <c>dotnet-counters</c> (<c>--counters BossRemote</c>) or any listener, such as the live-page
/// benchmark, can listen to. Both cost nothing while nobody listens.
/// </summary>
public static class Telemetry
{
    public const string SourceName = "BossRemote";

    /// <summary>Play on a ticket, from the press reaching the server to the answer (SPEC §3.2).</summary>
    public const string Play = "Play";

    /// <summary>Prefix of every call to TeamViewer's API, e.g. <c>TeamViewer create session</c>.</summary>
    public const string TeamViewerPrefix = "TeamViewer ";

    /// <summary>
    /// A live update's delivery to one open page, in ms: from its post on this instance (its commit here, or its arrival
    /// through the relay from another instance) to the page's having re-read and rendered it (the render handed to the
    /// page's connection). Tagged <see cref="LiveUpdateKeyTag"/>.
    /// </summary>
    public const string LiveUpdateDelivery = "bossremote.live_updates.delivery";

    /// <summary>The kind of pages a delivery went to: <c>ticket</c>, <c>tickets</c>, <c>user</c> (never an id).</summary>
    public const string LiveUpdateKeyTag = "key";

    public static ActivitySource Source { get; } = new(SourceName);

    public static Meter Meter { get; } = new(SourceName);
}
