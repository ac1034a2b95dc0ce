namespace BossRemote.Core.Tickets;

public sealed record TicketNoteView(long Id, TicketNoteKind Kind, string AuthorName, string Body, DateTime CreatedAt);
