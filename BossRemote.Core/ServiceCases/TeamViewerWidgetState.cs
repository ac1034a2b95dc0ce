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

    /// <summary>An open, unexpired case: code, links, online indicator and Stop.</summary>
    Active,
}
