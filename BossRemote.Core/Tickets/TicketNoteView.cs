namespace BossRemote.Core.Tickets;

/// <param name="Case">For a note about a TeamViewer service case: the case's times, shown in the viewer's zone.</param>
public sealed record TicketNoteView(long Id, TicketNoteKind Kind, string AuthorName, string Body, DateTime CreatedAt, TicketNoteCase? Case = null);
