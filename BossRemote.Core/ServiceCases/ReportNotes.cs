using BossRemote.Core.Tickets;

namespace BossRemote.Core.ServiceCases;

/// <summary>The line BossRemote writes into a connection report's <c>notes</c>, and how it joins what is there.</summary>
public static class ReportNotes
{
    /// <summary>E.g. <c>BossRemote ticket #1042: Printer offline</c>.</summary>
    public static string For(int ticketNumber, string subject) => $"BossRemote ticket {Ticket.FormatNumber(ticketNumber)}: {subject.Trim()}";

    /// <summary>
    /// The notes to send: <paramref name="line"/> after whatever the report already says (a technician's own notes
    /// stay), or null when the report already carries it — nothing to send, so writing is idempotent.
    /// </summary>
    public static string? Merge(string? existing, string line)
    {
        if (string.IsNullOrWhiteSpace(existing))
        {
            return line;
        }

        return existing.Contains(line, StringComparison.Ordinal) ? null : $"{existing.TrimEnd()}\n{line}";
    }
}
