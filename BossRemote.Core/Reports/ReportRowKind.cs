namespace BossRemote.Core.Reports;

/// <summary>Which table of the Session Summary a row comes from: the technicians or one of the four breakdowns.</summary>
public enum ReportRowKind
{
    Technician = 0,
    Category = 1,
    Type = 2,
    Priority = 3,
    Source = 4,
}
