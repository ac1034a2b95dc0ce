namespace BossRemote.Core.ServiceCases;

/// <summary>The states of the TeamViewer widget on a ticket (SPEC §3.2).</summary>
public enum TeamViewerWidgetState
{
    /// <summary>No token is connected and the ticket has no open case.</summary>
    NotConfigured,

    /// <summary>No valid case: Play is offered (the last ended case, if any, is shown above it).</summary>
    Ready,

    /// <summary>A Play is in flight: BossRemote is waiting for TeamViewer's code (or reconciling a timeout).</summary>
    Creating,

    /// <summary>
    /// The create has surely timed out and TeamViewer has not confirmed it: "Try again" (which looks for the session
    /// before making one) and "Cancel" are offered.
    /// </summary>
    Unconfirmed,

    /// <summary>An open, unexpired case: code, links, online indicator and Stop.</summary>
    Active,
}
