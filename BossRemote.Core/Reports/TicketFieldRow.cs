namespace BossRemote.Core.Reports;

/// <summary>What the database sums per combination of ticket fields (<see cref="TicketFieldKey"/>); durations in ticks.</summary>
internal sealed record TicketFieldRow(long Key, int Count, long Ticks);
