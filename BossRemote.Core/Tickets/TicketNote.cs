namespace BossRemote.Core.Tickets;

/// <summary>An entry in a ticket's timeline.</summary>
public sealed class TicketNote
{
    public const int BodyMaxLength = 8000;

    public long Id { get; set; }

    public int TicketId { get; set; }

    public TicketNoteKind Kind { get; set; }

    /// <summary>The author's user id; null for system notes.</summary>
    public string? AuthorId { get; set; }

    /// <summary>The author's name as it was when the note was written ("BossRemote" for system notes).</summary>
    public string AuthorName { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>The service case a system note is about, so the timeline can show its times in the viewer's zone.</summary>
    public long? ServiceCaseId { get; set; }
}
