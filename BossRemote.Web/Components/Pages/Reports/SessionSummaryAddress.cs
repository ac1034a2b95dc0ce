using System.Globalization;
using BossRemote.Core.Reports;
using BossRemote.Web.Components.Pages.Reports.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace BossRemote.Web.Components.Pages.Reports;

/// <summary>
/// The report's filter in its address, so a view can be bookmarked, shared and gone back to:
/// <c>?technicians=…&amp;preset=Last7Days</c>, or <c>?preset=Custom&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>. A preset is kept
/// as a preset (a bookmarked "last 7 days" means the last seven days of the day it is opened); only custom days are dated.
/// </summary>
public static class SessionSummaryAddress
{
    public const string Path = "reports/integrations/teamviewer";

    private const string DateFormat = "yyyy-MM-dd";

    public static string For(SessionSummaryFilterState filter)
    {
        var parameters = filter.TechnicianIds.Select(id => new KeyValuePair<string, string?>("technicians", id)).ToList();
        parameters.Add(new("preset", filter.Preset.ToString()));
        if (filter.Preset == DateRangePreset.Custom)
        {
            parameters.Add(new("from", filter.Range.From.ToString(DateFormat, CultureInfo.InvariantCulture)));
            parameters.Add(new("to", filter.Range.To.ToString(DateFormat, CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(Path, parameters);
    }

    /// <summary>
    /// The filter an address asks for, resolved against today in <paramref name="zone"/>. Technicians that no longer
    /// exist are dropped. Null when the address asks for nothing; <paramref name="problem"/> says what was ignored.
    /// </summary>
    public static SessionSummaryFilterState? Parse(
        string? preset, string? from, string? to, IReadOnlyList<string>? technicians, IEnumerable<string> knownTechnicianIds,
        ReportDateRanges ranges, TimeZoneInfo zone, out string? problem)
    {
        problem = null;
        if (preset is null && from is null && to is null && technicians is not { Count: > 0 })
        {
            return null;
        }

        var known = knownTechnicianIds.ToHashSet(StringComparer.Ordinal);
        var chosen = (technicians ?? []).Where(known.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count != (technicians?.Count ?? 0))
        {
            problem = "Some technicians in the address no longer exist; they were left out.";
        }

        var datesGiven = from is not null || to is not null;
        var named = Enum.TryParse<DateRangePreset>(preset, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed);
        if (preset is not null && !named)
        {
            problem = $"The address names no date range called \"{preset}\"; showing this month.";
        }

        var asked = named ? parsed : datesGiven && preset is null ? DateRangePreset.Custom : DateRangePreset.ThisMonth;
        if (asked != DateRangePreset.Custom)
        {
            return new SessionSummaryFilterState(asked, ranges.For(asked, zone), chosen);
        }

        if (TryDate(from, out var first) && TryDate(to, out var last)
            && new SessionSummaryQuery(chosen, new DayRange(first, last), zone.Id).Validate() is null)
        {
            return new SessionSummaryFilterState(DateRangePreset.Custom, new DayRange(first, last), chosen);
        }

        problem = "The dates in the address are not a valid range (yyyy-MM-dd, the end not before the start); showing this month.";
        return Default(ranges, zone) with { TechnicianIds = chosen };
    }

    /// <summary>What the report shows when its address asks for nothing: this month, all technicians.</summary>
    public static SessionSummaryFilterState Default(ReportDateRanges ranges, TimeZoneInfo zone) =>
        new(DateRangePreset.ThisMonth, ranges.For(DateRangePreset.ThisMonth, zone), []);

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
