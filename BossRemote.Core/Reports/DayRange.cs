namespace BossRemote.Core.Reports;

/// <summary>
/// Whole days, both ends included, as the viewer reads a calendar. <see cref="ToUtc"/> turns them into the instants the
/// database compares: [start of <see cref="From"/>, start of the day after <see cref="To"/>) in the viewer's zone, so a
/// day with a daylight-saving change is 23 or 25 hours long.
/// </summary>
public readonly record struct DayRange(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public UtcRange ToUtc(TimeZoneInfo zone) => new(StartOfDayUtc(From, zone), StartOfDayUtc(To.AddDays(1), zone));

    /// <summary>
    /// The first instant of <paramref name="day"/> in <paramref name="zone"/>. Midnight can be skipped (a spring-forward
    /// gap at 00:00) or happen twice (a fall-back at 00:00); the day then starts at the first local time that exists.
    /// </summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            // The earlier of the two instants has the larger offset.
            return DateTime.SpecifyKind(local - zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc);
        }

        // A gap is at most a day long (Samoa skipped 30 December 2011); a minute's step finds its end.
        var limit = local.AddDays(2);
        while (zone.IsInvalidTime(local) && local < limit)
        {
            local = local.AddMinutes(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
