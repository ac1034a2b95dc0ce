using BossRemote.Core.Reports;

namespace BossRemote.Benchmarks;

/// <summary>
/// Every figure of a report as "section / name → sessions, seconds, connected, expired", so the service's answer and
/// the hand-written SQL's answer can be compared line by line.
/// </summary>
public sealed class ReportFigures
{
    private readonly SortedDictionary<string, (long Sessions, long Seconds, long Connected, long Expired)> _lines = new(StringComparer.Ordinal);

    public int Count => _lines.Count;

    public void Add(string section, string name, long sessions, long seconds, long connected = 0, long expired = 0) =>
        _lines[$"{section} / {name}"] = (sessions, seconds, connected, expired);

    public (long Sessions, long Seconds) Total => _lines.TryGetValue("Summary / All", out var t) ? (t.Sessions, t.Seconds) : (0, 0);

    public static ReportFigures From(SessionSummary summary)
    {
        var figures = new ReportFigures();
        var t = summary.Totals;
        figures.Add("Summary", "All", t.Sessions, t.TotalSeconds, t.ConnectedSeconds, t.Expired);
        Add(figures, "Category", summary.ByCategory);
        Add(figures, "Type", summary.ByType);
        Add(figures, "Priority", summary.ByPriority);
        Add(figures, "Source", summary.BySource);
        foreach (var technician in summary.ByTechnician.Where(x => x.Sessions > 0 || x.Expired > 0))
        {
            figures.Add("Technician", technician.TechnicianId, technician.Sessions, technician.TotalSeconds, technician.ConnectedSeconds, technician.Expired);
        }

        return figures;
    }

    /// <summary>The lines on which the two differ (empty when they agree).</summary>
    public IReadOnlyList<string> Differences(ReportFigures other) =>
        [.. _lines.Keys.Union(other._lines.Keys)
            .Where(key => !_lines.TryGetValue(key, out var mine) || !other._lines.TryGetValue(key, out var theirs) || mine != theirs)
            .Select(key => $"{key}: {Describe(_lines, key)} vs {Describe(other._lines, key)}")];

    private static void Add(ReportFigures figures, string section, IEnumerable<SessionGroup> groups)
    {
        foreach (var g in groups)
        {
            figures.Add(section, g.Name, g.Sessions, g.TotalSeconds);
        }
    }

    private static string Describe(SortedDictionary<string, (long, long, long, long)> lines, string key) =>
        lines.TryGetValue(key, out var v) ? v.ToString() : "missing";
}
