namespace BossRemote.Core.Reports;

/// <summary>
/// One point of the trend: the local day, week or month that starts on <see cref="Start"/>, clipped to the report's days
/// (<see cref="Days"/>), and the UTC instants those days cover in the viewer's zone (<see cref="Utc"/>).
/// </summary>
public sealed record TrendPeriod(DateOnly Start, DayRange Days, UtcRange Utc);
