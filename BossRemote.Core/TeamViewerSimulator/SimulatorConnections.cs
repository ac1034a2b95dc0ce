using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// Ends a simulated customer's connection: <c>online</c> turns false and a connection report (doc §4) is written for
/// the time between joining and now, as TeamViewer does when a session-code connection ends.
/// </summary>
internal static class SimulatorConnections
{
    public static async Task EndAsync(SimulatorDbContext db, SimulatedSession session, DateTime now, CancellationToken cancellationToken)
    {
        if (!session.Online)
        {
            return;
        }

        var groupName = await db.Groups.Where(g => g.Id == session.GroupId).Select(g => g.Name).SingleOrDefaultAsync(cancellationToken);
        var supporter = session.AssignedUserId == SimulatedSession.Unassigned ? session.AccountId : session.AssignedUserId;
        db.ConnectionReports.Add(new SimulatedConnectionReport
        {
            Id = SimulatorIds.NewReportId(),
            AccountId = session.AccountId,
            UserId = supporter,
            UserName = SimulatorAccount.DisplayNameFor(supporter),
            DeviceId = session.CustomerDeviceId,
            DeviceName = session.EndCustomerName is { Length: > 0 } name ? $"PC of {name}" : "Customer PC",
            GroupId = session.GroupId,
            GroupName = groupName,
            StartDate = session.JoinedAt ?? now,
            EndDate = now,
            SessionCode = session.Code,
            SessionCreatedAt = session.CreatedAt,
            ValidUntil = session.ValidUntil,
            AssignedUserId = session.AssignedUserId,
            AssignedAt = session.AssignedAt,
            SessionNote = session.Description,
            CustomApi = session.CustomApi,
            EndCustomerName = session.EndCustomerName,
            EndCustomerEmail = session.EndCustomerEmail,
        });
        session.Online = false;
        session.JoinedAt = null;
    }
}
