namespace BossRemote.Core.Reports;

/// <summary>
/// What the TeamViewer Session Summary covers: the technicians (none listed means all), the days and the viewer's IANA
/// time zone the days are read in. Comes from a page or a query string, so <see cref="Validate"/> treats it as untrusted.
/// </summary>
public sealed record SessionSummaryQuery(IReadOnlyList<string> TechnicianIds, DayRange Range, string TimeZoneId)
{
    public const int MaxTechnicians = 200;

    /// <summary>Ten years: enough for any report, and a bound on what one request can ask the database for.</summary>
    public const int MaxDays = 3660;

    public bool AllTechnicians => TechnicianIds.Count == 0;

    /// <summary>Why the query cannot run, or null when it can.</summary>
    public string? Validate()
    {
        if (Range.To < Range.From)
        {
            return "The end date is before the start date.";
        }

        if (Range.Days > MaxDays)
        {
            return $"A report covers at most {MaxDays} days.";
        }

        if (TechnicianIds.Count > MaxTechnicians)
        {
            return $"Choose at most {MaxTechnicians} technicians, or all of them.";
        }

        if (TechnicianIds.Any(string.IsNullOrWhiteSpace))
        {
            return "A technician id is empty.";
        }

        return string.IsNullOrWhiteSpace(TimeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out _)
            ? $"Unknown time zone \"{TimeZoneId}\"."
            : null;
    }
}
