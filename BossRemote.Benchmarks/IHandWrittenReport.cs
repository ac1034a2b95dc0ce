using BossRemote.Core.Reports;

namespace BossRemote.Benchmarks;

/// <summary>
/// The baseline the report service is timed and checked against: one SQL statement an expert would write by hand for
/// the same figures, on the same data and the same UTC bounds, computing durations from the stored times on its own.
/// </summary>
public interface IHandWrittenReport
{
    Task<ReportFigures> RunAsync(UtcRange utc, IReadOnlyList<string> technicianIds, IReadOnlyDictionary<long, string> categoryNames);
}
