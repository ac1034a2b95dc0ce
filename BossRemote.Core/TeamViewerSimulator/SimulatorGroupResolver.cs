using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// Finds the group a session names by <c>groupid</c> and/or <c>groupname</c> (doc §2.1): a new name creates the
/// group; when both are given they must name the same group.
/// </summary>
internal static class SimulatorGroupResolver
{
    /// <returns>The group; <see langword="null"/> when neither was given and none is <paramref name="required"/>.</returns>
    public static async Task<SimulatorResult<SimulatedGroup?>> ResolveAsync(SimulatorDbContext db, SimulatorAccount caller,
        string? groupId, string? groupName, bool required, DateTime now, CancellationToken cancellationToken)
    {
        groupId = SimulatorInput.Given(groupId);
        groupName = SimulatorInput.Given(groupName);
        if (groupId is null && groupName is null)
        {
            return required ? SimulatorError.InvalidRequest("Either groupid or groupname is required.") : (SimulatedGroup?)null;
        }

        var byId = groupId is null ? null : await db.Groups.SingleOrDefaultAsync(
            g => g.Id == groupId && g.AccountId == caller.UserId, cancellationToken);
        if (groupId is not null && byId is null)
        {
            return SimulatorError.InvalidRequest($"The group {groupId} does not exist.");
        }

        if (groupName is null)
        {
            return byId;
        }

        var key = SimulatedGroup.KeyOf(groupName);
        var byName = await db.Groups.SingleOrDefaultAsync(g => g.AccountId == caller.UserId && g.NameKey == key, cancellationToken);
        if (byId is not null)
        {
            return byName?.Id == byId.Id
                ? byId
                : SimulatorError.InvalidRequest("groupid and groupname do not name the same group.");
        }

        if (byName is not null)
        {
            return byName;
        }

        var created = new SimulatedGroup
        {
            Id = await SimulatorUniqueIds.NewGroupIdAsync(db, cancellationToken),
            AccountId = caller.UserId,
            Name = groupName,
            CreatedAt = now,
        };
        db.Groups.Add(created);
        return created;
    }
}
