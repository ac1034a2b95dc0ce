using BossRemote.Core.TeamViewerSimulator;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.TestSupport;

/// <summary>Writes many rows straight into a simulator database, for paging tests.</summary>
public static class SimulatorSeed
{
    /// <summary><paramref name="count"/> open sessions one second apart, oldest first, in one new group.</summary>
    public static async Task<List<SimulatedSession>> SessionsAsync(
        IDbContextFactory<SimulatorDbContext> database, SimulatorAccount owner, int count, DateTime firstCreatedAt)
    {
        var group = new SimulatedGroup
        {
            Id = SimulatorIds.NewGroupId(), AccountId = owner.UserId, Name = "Seed " + Guid.NewGuid(), CreatedAt = firstCreatedAt,
        };
        var codes = new HashSet<string>();
        while (codes.Count < count)
        {
            codes.Add(SimulatorIds.NewSessionCode());
        }

        var sessions = codes.Select((code, i) => new SimulatedSession
        {
            Code = code,
            AccountId = owner.UserId,
            GroupId = group.Id,
            AssignedUserId = owner.UserId,
            SupporterToken = "AbCdEf123456",
            CreatedAt = firstCreatedAt.AddSeconds(i),
            ValidUntil = firstCreatedAt.AddSeconds(i).AddHours(24),
        }).ToList();
        await using var db = await database.CreateDbContextAsync();
        db.Groups.Add(group);
        db.Sessions.AddRange(sessions);
        await db.SaveChangesAsync();
        return sessions;
    }

    /// <summary><paramref name="count"/> session-code reports ending one minute apart, oldest first.</summary>
    public static async Task<List<SimulatedConnectionReport>> ReportsAsync(
        IDbContextFactory<SimulatorDbContext> database, SimulatorAccount owner, int count, DateTime firstEnd)
    {
        var reports = Enumerable.Range(0, count).Select(i => new SimulatedConnectionReport
        {
            Id = SimulatorIds.NewReportId(),
            AccountId = owner.UserId,
            UserId = owner.UserId,
            UserName = owner.DisplayName,
            StartDate = firstEnd.AddMinutes(i).AddMinutes(-5),
            EndDate = firstEnd.AddMinutes(i),
            SessionCode = "s111-222-333",
        }).ToList();
        await using var db = await database.CreateDbContextAsync();
        db.ConnectionReports.AddRange(reports);
        await db.SaveChangesAsync();
        return reports;
    }
}
