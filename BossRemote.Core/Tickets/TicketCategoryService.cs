using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Tickets;

/// <summary>The admin-editable list of ticket categories.</summary>
public sealed class TicketCategoryService(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access)
{
    public async Task<IReadOnlyList<TicketCategory>> ListAsync(
        bool includeRetired = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.TicketCategories.AsNoTracking()
            .Where(c => includeRetired || c.IsActive)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<OperationResult> AddAsync(
        ClaimsPrincipal user, string name, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "edit ticket categories");
        name = name?.Trim() ?? "";
        if (ValidateName(name) is { } error)
        {
            return OperationResult.Fail(error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.TicketCategories.Select(c => new { c.Name, c.SortOrder }).ToListAsync(cancellationToken);
        if (existing.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return OperationResult.Fail($"A category named \"{name}\" already exists.");
        }

        db.TicketCategories.Add(new TicketCategory
        {
            Name = name, IsActive = true, SortOrder = existing.Count == 0 ? 0 : existing.Max(c => c.SortOrder) + 1,
        });
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    public async Task<OperationResult> SetActiveAsync(
        ClaimsPrincipal user, int id, bool active, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "edit ticket categories");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var category = await db.TicketCategories.FindAsync([id], cancellationToken);
        if (category is null)
        {
            return OperationResult.Fail("That category no longer exists.");
        }

        if (!active && await db.TicketCategories.CountAsync(c => c.IsActive, cancellationToken) == 1 && category.IsActive)
        {
            return OperationResult.Fail("Keep at least one category active, or tickets cannot be created.");
        }

        category.IsActive = active;
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    private static string? ValidateName(string name) => name.Length switch
    {
        0 => "Enter a category name.",
        > TicketCategory.NameMaxLength => $"A category name can be at most {TicketCategory.NameMaxLength} characters.",
        _ => null,
    };
}
