namespace BossRemote.Core.ServiceCases;

/// <summary>
/// What a technician adds when they press Stop (issue 12): a few words on what was done, written into the Stop note under
/// start, end and duration, and whether the ticket is resolved with it. Both are optional: Stop with nothing is the
/// plain Stop.
/// </summary>
/// <param name="WhatWasDone">Free text, stored as text; blank means none.</param>
/// <param name="ResolveTicket">Move the ticket to Resolved after the case has ended, by the ticket's own rules.</param>
public sealed record StopWrapUp(string? WhatWasDone, bool ResolveTicket)
{
    /// <summary>Leaves room in the note (<see cref="Tickets.TicketNote.BodyMaxLength"/>) for its first lines.</summary>
    public const int MaxLength = 4000;

    public static StopWrapUp None { get; } = new(null, false);

    /// <summary>The text as it is stored: trimmed, with Windows line ends made plain; null when blank.</summary>
    public string? Text => string.IsNullOrWhiteSpace(WhatWasDone) ? null : WhatWasDone.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Why the wrap-up cannot be taken, or null when it can.</summary>
    public string? Problem => Text is { Length: > MaxLength } text
        ? $"The wrap-up can be at most {MaxLength:N0} characters; it has {text.Length:N0}. Shorten it and press Stop session again."
        : null;
}
