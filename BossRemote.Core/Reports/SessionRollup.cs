namespace BossRemote.Core.Reports;

/// <summary>
/// The session report's exact pre-aggregation (ADR-018): per technician, UTC day (and UTC month: <see cref="Grain"/>) of
/// the case's start and <see cref="Kind"/>/<see cref="Value"/>, how many reported cases there are and what they add up to. Kept in step with
/// the cases and their tickets by <see cref="SessionRollupChanges"/> inside every save that changes them, so it always
/// equals a GROUP BY over the cases. The breakdowns are also kept for all technicians together
/// (<see cref="AllTechnicians"/>), so the report over everyone reads a few rows a day.
/// </summary>
public sealed class SessionRollup
{
    /// <summary>The technician id of the rows that sum the breakdowns over every technician.</summary>
    public const string AllTechnicians = "";

    public string TechnicianId { get; set; } = "";

    public SessionRollupGrain Grain { get; set; }

    /// <summary>The first UTC day of the bucket the cases started in, as days since 1970-01-01 (<see cref="DayOf"/>).</summary>
    public int Day { get; set; }

    public SessionRollupKind Kind { get; set; }

    /// <summary>The case state (<see cref="SessionRollupKind.Technician"/>), the category id or the enum's number.</summary>
    public int Value { get; set; }

    public int Sessions { get; set; }

    public long DurationTicks { get; set; }

    /// <summary>How many of the cases have a connected time from TeamViewer.</summary>
    public int ConnectedSessions { get; set; }

    public long ConnectedSeconds { get; set; }

    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>The <see cref="Day"/> a UTC instant falls on.</summary>
    public static int DayOf(DateTime utc) => DateOnly.FromDateTime(utc).DayNumber - Epoch;

    /// <summary>The first day of the UTC month <paramref name="day"/> is in.</summary>
    public static int MonthOf(int day)
    {
        var date = DateOnly.FromDayNumber(day + Epoch);
        return new DateOnly(date.Year, date.Month, 1).DayNumber - Epoch;
    }

    /// <summary>The first day of the UTC month after the one <paramref name="day"/> is in.</summary>
    public static int NextMonthOf(int day)
    {
        var date = DateOnly.FromDayNumber(day + Epoch);
        return new DateOnly(date.Year, date.Month, 1).AddMonths(1).DayNumber - Epoch;
    }

    /// <summary>The UTC midnight that starts <paramref name="day"/>.</summary>
    public static DateTime StartOf(int day) => DateOnly.FromDayNumber(day + Epoch).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
