using BossRemote.Core.Common;

namespace BossRemote.Core.Reports;

/// <summary>
/// Whole days, both ends included, as the viewer reads a calendar. <see cref="ToUtc"/> turns them into the instants the
/// database compares: [start of <see cref="From"/>, start of the day after <see cref="To"/>) in the viewer's zone, so a
/// day with a daylight-saving change is 23 or 25 hours long.
/// </summary>
public readonly record struct DayRange(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public UtcRange ToUtc(TimeZoneInfo zone) => new(LocalDays.StartUtc(From, zone), LocalDays.StartUtc(To.AddDays(1), zone));
}
