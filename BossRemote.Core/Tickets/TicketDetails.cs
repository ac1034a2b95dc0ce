namespace BossRemote.Core.Tickets;

/// <summary>Everything the ticket page shows.</summary>
/// <param name="Notes">The latest notes of the timeline, oldest first; <paramref name="NoteCount"/> says how many there are in all.</param>
public sealed record TicketDetails(
    int Id,
    int Number,
    string Subject,
    string Description,
    string RequesterName,
    string RequesterEmail,
    string? AssignedTechnicianId,
    string? AssignedTechnicianName,
    int CategoryId,
    string CategoryName,
    TicketType Type,
    TicketPriority Priority,
    TicketSource Source,
    TicketStatus Status,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ClosedAt,
    int Version,
    IReadOnlyList<TicketNoteView> Notes,
    int NoteCount)
{
    /// <summary>Notes older than those loaded, which "Show more" brings in.</summary>
    public int OlderNotes => NoteCount - Notes.Count;

    /// <summary>
    /// Whether <paramref name="other"/> would show exactly what this shows: the same fields and the same notes. A change
    /// to the ticket's service case alone (Play, the customer coming online) leaves the ticket as it was, so an open page
    /// of it need not render again; its TeamViewer widget re-reads the case by itself.
    /// </summary>
    public bool ShowsTheSameAs(TicketDetails? other) =>
        other is not null && this with { Notes = other.Notes } == other && Notes.SequenceEqual(other.Notes);

    public TicketInput ToInput() => new()
    {
        Subject = Subject,
        Description = Description,
        RequesterName = RequesterName,
        RequesterEmail = RequesterEmail,
        CategoryId = CategoryId,
        Type = Type,
        Priority = Priority,
        Source = Source,
        AssignedTechnicianId = AssignedTechnicianId,
    };
}
