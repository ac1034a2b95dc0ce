using BossRemote.Core.ServiceCases;

namespace BossRemote.Core.Reports;

/// <summary>What the database sums per technician and case state; durations in ticks.</summary>
internal sealed record TechnicianStateRow(
    string TechnicianId, ServiceCaseState State, int Count, long Ticks, int ConnectedCount, long ConnectedSeconds);
