using System.Globalization;

namespace BossRemote.Core.Common;

/// <summary>Durations as people read them: <c>45 s</c>, <c>12 min 05 s</c>, <c>3 h 02 min</c>, <c>26 h 10 min</c>.</summary>
public static class DurationText
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }

        var hours = (long)duration.TotalHours;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours} h {duration.Minutes:00} min")
            : duration.TotalMinutes >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes} min {duration.Seconds:00} s")
                : string.Create(CultureInfo.InvariantCulture, $"{duration.Seconds} s");
    }

    public static string FormatSeconds(long seconds) => Format(TimeSpan.FromSeconds(seconds));
}
