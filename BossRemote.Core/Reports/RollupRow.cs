namespace BossRemote.Core.Reports;

/// <summary>What the database sums from the <see cref="SessionRollup"/> rows of a period, per technician, kind and value.</summary>
internal sealed record RollupRow(
    string TechnicianId, SessionRollupKind Kind, int Value, int Sessions, long Ticks, int ConnectedSessions, long ConnectedSeconds);
