using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Demo;

/// <summary>
/// With <c>Seed__Demo</c> on: the demo sign-ins and ~300 tickets with history. Runs on every start and only adds
/// what is missing, so it is safe to repeat and never touches a database that already has tickets.
/// </summary>
internal sealed class DemoDataSeeder(
    IOptions<SeedOptions> options,
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger) : IDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo)
        {
            return;
        }

        foreach (var demo in DemoUsers.All)
        {
            await EnsureUserAsync(demo);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Tickets.AnyAsync(cancellationToken))
        {
            return;
        }

        var categories = await db.TicketCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var emails = DemoUsers.All.Where(u => u.Role != Roles.Supervisor).Select(u => u.Email.ToUpperInvariant()).ToList();
        var technicians = await db.Users.AsNoTracking()
            .Where(u => emails.Contains(u.NormalizedEmail!))
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(cancellationToken);

        var factory = new DemoTicketFactory(categories, [.. technicians.Select(t => (t.Id, t.DisplayName))], clock.GetUtcNow().UtcDateTime);
        db.Tickets.AddRange(factory.Create());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data: created {Count} tickets", DemoTicketFactory.TicketCount);
    }

    private async Task EnsureUserAsync(DemoUser demo)
    {
        if (await userManager.FindByEmailAsync(demo.Email) is not null)
        {
            return;
        }

        // The documented demo password is set as a hash, not through the password rules: it is shorter than the rules
        // ask of a chosen password (IdentityRules), and it is public anyway (demo mode only).
        var user = new ApplicationUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName };
        user.PasswordHash = userManager.PasswordHasher.HashPassword(user, DemoUsers.Password);
        var created = await userManager.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {demo.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await userManager.AddToRoleAsync(user, demo.Role);
        logger.LogInformation("Demo data: created {Email} ({Role})", demo.Email, demo.Role);
    }
}
