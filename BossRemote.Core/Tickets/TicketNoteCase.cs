namespace BossRemote.Core.Tickets;

/// <summary>The service-case facts behind a system note: start, valid-until, end and connected time (UTC).</summary>
public sealed record TicketNoteCase(string? SessionCode, DateTime Start, DateTime? ValidUntil, DateTime? End, int? ConnectedSeconds)
{
    public TimeSpan? Duration => End - Start;
}
