namespace BossRemote.Core.Reports;

/// <summary>The rating rows of a report, summed the ways the report shows them: per technician, per ticket field value, in all.</summary>
internal sealed class SessionRatings(IReadOnlyList<RatingGroupRow> rows)
{
    public SatisfactionFigures Total { get; } = Sum(rows);

    public SatisfactionFigures ForTechnician(string technicianId) => Sum(rows.Where(r => r.TechnicianId == technicianId));

    public SatisfactionFigures For(SessionRollupKind kind, int value) => Sum(rows.Where(r => ValueOf(kind, r.Key) == value));

    private static int ValueOf(SessionRollupKind kind, long key)
    {
        var (categoryId, type, priority, source) = TicketFieldKey.Decode(key);
        return kind switch
        {
            SessionRollupKind.Category => categoryId,
            SessionRollupKind.Type => (int)type,
            SessionRollupKind.Priority => (int)priority,
            SessionRollupKind.Source => (int)source,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static SatisfactionFigures Sum(IEnumerable<RatingGroupRow> rows) =>
        rows.Aggregate(SatisfactionFigures.None, (sum, row) => sum.Add(row.Figures));
}
