using System.Globalization;
using BossRemote.Core.Reports;

namespace BossRemote.Web.Components.Pages.Reports.Components;

/// <summary>
/// How the trend names its periods, in the viewer's calendar and the report's culture: "Mon 2 Nov", "Week of 2 Nov",
/// "Nov 2026"; the chart's axis uses the short forms ("2 Nov", "Nov 26") so a month of days still fits a phone.
/// </summary>
public static class TrendLabels
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string GrainText(TrendGrain grain) => grain switch
    {
        TrendGrain.Week => "By week (Monday first)",
        TrendGrain.Month => "By month",
        _ => "By day",
    };

    public static string PeriodHeading(TrendGrain grain) => grain switch
    {
        TrendGrain.Week => "Week",
        TrendGrain.Month => "Month",
        _ => "Day",
    };

    public static string PointText(TrendGrain grain, TrendPeriod period) => grain switch
    {
        TrendGrain.Week => period.Start.ToString("'Week of 'd MMM", Culture),
        TrendGrain.Month => period.Start.ToString("MMM yyyy", Culture),
        _ => period.Start.ToString("ddd d MMM", Culture),
    };

    public static string AxisText(TrendGrain grain, TrendPeriod period) => grain switch
    {
        TrendGrain.Month => period.Start.ToString("MMM yy", Culture),
        _ => period.Start.ToString("d MMM", Culture),
    };

    /// <summary>The days a period covers once clipped to the report's range, e.g. "Thu 1 Jan – Sun 4 Jan 2026".</summary>
    public static string DaysText(DayRange days) =>
        days.From == days.To
            ? days.From.ToString("ddd d MMM yyyy", Culture)
            : string.Create(Culture, $"{days.From:ddd d MMM} – {days.To:ddd d MMM yyyy}");
}
