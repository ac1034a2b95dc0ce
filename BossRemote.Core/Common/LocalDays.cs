namespace BossRemote.Core.Common;

/// <summary>Calendar days as the viewer reads them, turned into the UTC instants the database compares (ADR-006).</summary>
public static class LocalDays
{
    /// <summary>
    /// The first instant of <paramref name="day"/> in <paramref name="zone"/>. Midnight can be skipped (a spring-forward
    /// gap at 00:00) or happen twice (a fall-back at 00:00); the day then starts at the first local time that exists.
    /// </summary>
    public static DateTime StartUtc(DateOnly day, TimeZoneInfo zone) => AtUtc(day, TimeOnly.MinValue, zone);

    /// <summary>
    /// The instant the clocks in <paramref name="zone"/> show <paramref name="time"/> on <paramref name="day"/>: the
    /// first of two when the clocks go back over it, the first time that exists after it when they skip it.
    /// </summary>
    public static DateTime AtUtc(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
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
