using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary><c>/groups</c> (doc §3): one account's groups. Names are unique per account, ignoring case.</summary>
public sealed class SimulatorGroupService(IDbContextFactory<SimulatorDbContext> dbFactory, TimeProvider clock)
{
    /// <summary><c>GET /groups</c>, optionally only names containing <paramref name="name"/> (any case).</summary>
    public async Task<IReadOnlyList<SimulatedGroup>> ListAsync(SimulatorAccount caller, string? name, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = db.Groups.AsNoTracking().Where(g => g.AccountId == caller.UserId);
        if (SimulatorInput.Given(name) is { } part)
        {
            var pattern = "%" + SimulatedGroup.KeyOf(part).Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            groups = groups.Where(g => EF.Functions.Like(g.NameKey, pattern, "\\"));
        }

        return await groups.OrderBy(g => g.Name).ToListAsync(cancellationToken);
    }

    /// <summary><c>GET /groups/{id}</c>; another account's group is not found.</summary>
    public async Task<SimulatorResult<SimulatedGroup>> GetAsync(SimulatorAccount caller, string id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var group = await db.Groups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.AccountId == caller.UserId, cancellationToken);
        return group is null ? SimulatorError.NotFound($"The group {id} does not exist.") : group;
    }

    /// <summary><c>POST /groups</c>.</summary>
    public async Task<SimulatorResult<SimulatedGroup>> CreateAsync(
        SimulatorAccount caller, string? name, string? policyId, CancellationToken cancellationToken = default)
    {
        name = SimulatorInput.Given(name);
        if (name is null || name.Length > SimulatedGroup.NameMaxLength)
        {
            return SimulatorError.InvalidRequest($"name is required and at most {SimulatedGroup.NameMaxLength} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForWriteAsync(SimulatorDbContext.WriteLock, cancellationToken);
        var key = SimulatedGroup.KeyOf(name);
        if (await db.Groups.AnyAsync(g => g.AccountId == caller.UserId && g.NameKey == key, cancellationToken))
        {
            return SimulatorError.InvalidRequest($"A group named {name} already exists.");
        }

        var group = new SimulatedGroup
        {
            Id = await SimulatorUniqueIds.NewGroupIdAsync(db, cancellationToken),
            AccountId = caller.UserId,
            Name = name,
            PolicyId = SimulatorInput.Given(policyId),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return group;
    }
}
