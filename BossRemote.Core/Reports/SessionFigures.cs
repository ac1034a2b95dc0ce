using BossRemote.Core.ServiceCases;

namespace BossRemote.Core.Reports;

/// <summary>
/// The report's sums as they come in, from rollup rows and from cases alike: per technician and state, and per ticket
/// field value (closed cases only). Rows that add up to nothing (a rollup row whose cases moved elsewhere) are left out,
/// as a GROUP BY over the cases would never return them.
/// </summary>
internal sealed class SessionFigures
{
    private readonly Dictionary<(string TechnicianId, ServiceCaseState State), TechnicianStateRow> _technicians = [];
    private readonly Dictionary<(SessionRollupKind Kind, int Value), (int Count, long Ticks)> _fields = [];

    public List<TechnicianStateRow> Technicians => [.. _technicians.Values.Where(r => r.Count != 0)];

    /// <summary>The closed cases per value of one ticket field.</summary>
    public List<(int Value, int Count, long Ticks)> Field(SessionRollupKind kind) =>
        [.. _fields.Where(f => f.Key.Kind == kind && f.Value.Count != 0).Select(f => (f.Key.Value, f.Value.Count, f.Value.Ticks))];

    public void Add(CaseGroupRow row)
    {
        AddTechnician(new TechnicianStateRow(row.TechnicianId, row.State, row.Count, row.Ticks, row.ConnectedCount, row.ConnectedSeconds));
        if (row.State != ServiceCaseState.Closed)
        {
            return;
        }

        var (categoryId, type, priority, source) = TicketFieldKey.Decode(row.Key);
        AddField(SessionRollupKind.Category, categoryId, row.Count, row.Ticks);
        AddField(SessionRollupKind.Type, (int)type, row.Count, row.Ticks);
        AddField(SessionRollupKind.Priority, (int)priority, row.Count, row.Ticks);
        AddField(SessionRollupKind.Source, (int)source, row.Count, row.Ticks);
    }

    /// <summary>
    /// Adds a rollup row. For chosen technicians the breakdowns are their own rows summed; for everyone, the
    /// all-technicians rows (the caller reads only those, besides the per-technician totals).
    /// </summary>
    public void Add(RollupRow row)
    {
        if (row.Kind == SessionRollupKind.Technician)
        {
            AddTechnician(new TechnicianStateRow(
                row.TechnicianId, (ServiceCaseState)row.Value, row.Sessions, row.Ticks, row.ConnectedSessions, row.ConnectedSeconds));
        }
        else
        {
            AddField(row.Kind, row.Value, row.Sessions, row.Ticks);
        }
    }

    private void AddTechnician(TechnicianStateRow row)
    {
        var key = (row.TechnicianId, row.State);
        _technicians[key] = _technicians.TryGetValue(key, out var sum)
            ? sum with
            {
                Count = sum.Count + row.Count,
                Ticks = sum.Ticks + row.Ticks,
                ConnectedCount = sum.ConnectedCount + row.ConnectedCount,
                ConnectedSeconds = sum.ConnectedSeconds + row.ConnectedSeconds,
            }
            : row;
    }

    private void AddField(SessionRollupKind kind, int value, int count, long ticks)
    {
        var key = (kind, value);
        _fields[key] = _fields.TryGetValue(key, out var sum) ? (sum.Count + count, sum.Ticks + ticks) : (count, ticks);
    }
}
