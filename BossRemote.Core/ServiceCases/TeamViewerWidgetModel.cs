namespace BossRemote.Core.ServiceCases;

/// <summary>What the TeamViewer widget on one ticket shows.</summary>
/// <param name="Current">The open case (creating or active), if any.</param>
/// <param name="Last">The most recent ended case (closed or expired), if any.</param>
/// <param name="CanOperate">Whether the viewer may press Play and Stop (technicians and admins).</param>
/// <param name="TicketClosed">Play is not offered on a closed ticket.</param>
/// <param name="RequesterHasEmail">Whether the requester can be e-mailed the invitation at all.</param>
/// <param name="UnconfirmedAt">
/// While <see cref="TeamViewerWidgetState.Creating"/>: when the create has surely timed out and the widget turns
/// <see cref="TeamViewerWidgetState.Unconfirmed"/>, so a page can read it again then.
/// </param>
public sealed record TeamViewerWidgetModel(
    TeamViewerWidgetState State,
    ServiceCaseView? Current,
    ServiceCaseView? Last,
    bool CanOperate,
    bool TicketClosed,
    bool RequesterHasEmail = true,
    DateTime? UnconfirmedAt = null);
