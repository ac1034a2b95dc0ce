using BossRemote.Core.ServiceCases;

namespace BossRemote.Core.Reports;

/// <summary>What the database sums per technician, case state and packed ticket fields (<see cref="TicketFieldKey"/>); durations in ticks.</summary>
internal sealed record CaseGroupRow(
    string TechnicianId, ServiceCaseState State, long Key, int Count, long Ticks, int ConnectedCount, long ConnectedSeconds);
