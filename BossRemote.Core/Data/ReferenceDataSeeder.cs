using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Data;

/// <summary>Creates what every installation needs: the roles and the default ticket categories.</summary>
internal sealed class ReferenceDataSeeder(IDbContextFactory<BossRemoteDbContext> dbFactory) : IDataSeeder
{
    public static IReadOnlyList<string> DefaultCategories { get; } =
        ["Support", "PC", "Network", "Printer", "Software", "Hardware"];

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var roles = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Except(roles))
        {
            db.Roles.Add(new IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant() });
        }

        if (!await db.TicketCategories.AnyAsync(cancellationToken))
        {
            db.TicketCategories.AddRange(DefaultCategories.Select((name, i) => new TicketCategory { Name = name, SortOrder = i }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
