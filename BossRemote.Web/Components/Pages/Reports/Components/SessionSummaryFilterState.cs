using BossRemote.Core.Reports;

namespace BossRemote.Web.Components.Pages.Reports.Components;

/// <summary>The filters of the session report: who (none listed means all technicians) and which days.</summary>
public sealed record SessionSummaryFilterState(DateRangePreset Preset, DayRange Range, IReadOnlyList<string> TechnicianIds)
{
    public SessionSummaryQuery ToQuery(string timeZoneId) => new(TechnicianIds, Range, timeZoneId);
}
