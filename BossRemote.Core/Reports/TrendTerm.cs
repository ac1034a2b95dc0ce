namespace BossRemote.Core.Reports;

/// <summary>
/// One addend of a trend period (<see cref="TrendPlan"/>): <see cref="Sign"/> times either the rollup's whole UTC
/// <see cref="RollupDay"/> or the closed cases that started in <see cref="Cases"/>.
/// </summary>
internal readonly record struct TrendTerm(int Period, int Sign, int? RollupDay, UtcRange? Cases);
