using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Benchmarks;

/// <summary>
/// The few rows that are not bulk data — the technician role, the technicians and the ticket categories — written
/// through EF on either engine, so identity columns and conversions are the product's own.
/// </summary>
internal static class BenchmarkReferenceData
{
    /// <summary>Adds them and returns the categories' ids in their sort order.</summary>
    public static async Task<IReadOnlyList<int>> AddAsync(DbContextOptions<BossRemoteDbContext> options, BenchmarkData data)
    {
        await using var db = new BossRemoteDbContext(options);
        var role = new IdentityRole(Roles.Technician) { NormalizedName = Roles.Technician.ToUpperInvariant() };
        db.Roles.Add(role);
        var categories = BenchmarkData.Categories.Select((name, i) => new TicketCategory { Name = name, SortOrder = i }).ToList();
        db.TicketCategories.AddRange(categories);
        db.Users.AddRange(data.Technicians);
        db.UserRoles.AddRange(data.Technicians.Select(t => new IdentityUserRole<string> { UserId = t.Id, RoleId = role.Id }));
        await db.SaveChangesAsync();
        return [.. categories.Select(c => c.Id)];
    }
}
