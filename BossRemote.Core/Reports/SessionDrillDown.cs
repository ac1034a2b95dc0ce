namespace BossRemote.Core.Reports;

/// <summary>
/// The sessions behind one row of the report (<see cref="Row"/>, read as <see cref="RowName"/>), oldest first.
/// <see cref="Total"/> counts them all, as the row does; <see cref="Sessions"/> holds at most the limit asked for.
/// </summary>
public sealed record SessionDrillDown(
    ReportRow Row,
    string RowName,
    DayRange Range,
    string TimeZoneId,
    int Total,
    IReadOnlyList<SessionDetail> Sessions)
{
    public bool IsComplete => Sessions.Count == Total;
}
