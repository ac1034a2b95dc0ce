using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// A real database of one provider, migrated exactly as the app migrates it, with the reference data and a few known
/// people. One per test class (xUnit class fixture); <see cref="ResetTicketsAsync"/> gives every test empty tables.
/// Service tests that touch data run on every provider: an abstract test class and one small sealed class per provider
/// (<see cref="SqliteTestDatabase"/>, <see cref="PostgresTestDatabase"/>).
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public const string RetiredCategoryName = "Fax";

    private readonly Lazy<IDbContextFactory<BossRemoteDbContext>> _factory;
    private Dictionary<string, int> _categories = [];

    protected TestDatabase() => _factory = new(() => new TestDbContextFactory(Options()));

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Contexts on this database that announce their changes to <see cref="Events"/>, as the app's do to its dispatcher.</summary>
    public IDbContextFactory<BossRemoteDbContext> Factory => _factory.Value;

    /// <summary>What committed changes announced (cleared before each test by <see cref="ResetTicketsAsync"/>).</summary>
    public RecordedDomainEvents Events { get; } = new();

    public TestUser Technician { get; } = new(Guid.NewGuid().ToString(), "tech@bossremote.test", "Taylor Reed", Roles.Technician);

    public TestUser OtherTechnician { get; } = new(Guid.NewGuid().ToString(), "maria@bossremote.test", "Maria Garcia", Roles.Technician);

    public TestUser Admin { get; } = new(Guid.NewGuid().ToString(), "admin@bossremote.test", "Alex Morgan", Roles.Admin);

    public TestUser Supervisor { get; } = new(Guid.NewGuid().ToString(), "supervisor@bossremote.test", "Sam Whitaker", Roles.Supervisor);

    /// <summary>The connection string of this database, for a test that hosts the app on it.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>The id of a category by name (the default list plus <see cref="RetiredCategoryName"/>, which is retired).</summary>
    public int CategoryId(string name) => _categories[name];

    public BossRemoteDbContext CreateDbContext() => Factory.CreateDbContext();

    public async Task InitializeAsync()
    {
        await CreateAsync();
        await using (var db = CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        await new ReferenceDataSeeder(Factory).SeedAsync(CancellationToken.None);

        await using (var db = CreateDbContext())
        {
            db.TicketCategories.Add(new TicketCategory { Name = RetiredCategoryName, IsActive = false, SortOrder = 99 });
            foreach (var user in KnownUsers)
            {
                db.Users.Add(new ApplicationUser
                {
                    Id = user.Id, UserName = user.Email, NormalizedUserName = user.Email.ToUpperInvariant(),
                    Email = user.Email, NormalizedEmail = user.Email.ToUpperInvariant(), DisplayName = user.DisplayName,
                });
            }

            await AddKnownRolesAsync(db);
            await db.SaveChangesAsync();
            _categories = await db.TicketCategories.ToDictionaryAsync(c => c.Name, c => c.Id);
        }
    }

    /// <summary>Removes tickets, notes, cases, e-mails, report subscriptions, notices, audit entries and settings: each test starts empty.</summary>
    public async Task ResetTicketsAsync()
    {
        await using var db = CreateDbContext();
        await db.TicketNotes.ExecuteDeleteAsync();
        await db.ReportSubscriptionRuns.ExecuteDeleteAsync();
        await db.ReportSubscriptions.ExecuteDeleteAsync();
        await db.EmailDeliveries.ExecuteDeleteAsync();
        await db.EmailTemplates.ExecuteDeleteAsync();
        await db.NotificationSettings.ExecuteDeleteAsync();
        await db.UserNotificationPreferences.ExecuteDeleteAsync();
        await db.Notifications.ExecuteDeleteAsync();
        await db.BrandingSettings.ExecuteDeleteAsync();
        await db.ReportWriteBacks.ExecuteDeleteAsync();
        await db.SatisfactionRequests.ExecuteDeleteAsync();
        await db.ServiceCases.ExecuteDeleteAsync();
        await db.SessionRollups.ExecuteDeleteAsync();
        await db.AuditEntries.ExecuteDeleteAsync();
        await db.TeamViewerSettings.ExecuteDeleteAsync();
        await db.Tickets.ExecuteDeleteAsync();
        Events.Clear();
    }

    /// <summary>
    /// Removes the people a test added and puts the known ones back as they were (their own role, no lockout, no
    /// password), for tests that change users.
    /// </summary>
    public async Task ResetUsersAsync()
    {
        await using var db = CreateDbContext();
        var known = KnownUsers.Select(u => u.Id).ToList();
        await db.UserRoles.ExecuteDeleteAsync();
        await db.Users.Where(u => !known.Contains(u.Id)).ExecuteDeleteAsync();
        await db.Users.ExecuteUpdateAsync(s => s
            .SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null)
            .SetProperty(u => u.LockoutEnabled, false)
            .SetProperty(u => u.AccessFailedCount, 0)
            .SetProperty(u => u.PasswordHash, (string?)null)
            .SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString()));
        await AddKnownRolesAsync(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Stores tickets as they are (numbers, statuses and times included) for a test to arrange.</summary>
    public async Task AddAsync(params Ticket[] tickets)
    {
        await using var db = CreateDbContext();
        db.Tickets.AddRange(tickets);
        await db.SaveChangesAsync();
    }

    /// <summary>Stores the cases in one save, so the report's rollup is kept as the app keeps it.</summary>
    public async Task AddCasesAsync(params ServiceCaseBuilder[] cases)
    {
        await using var db = CreateDbContext();
        db.ServiceCases.AddRange(cases.Select(c => c.Build()));
        await db.SaveChangesAsync();
    }

    public async Task<Ticket> LoadTicketAsync(int number)
    {
        await using var db = CreateDbContext();
        return await db.Tickets.AsNoTracking().Include(t => t.Notes).SingleAsync(t => t.Number == number);
    }

    public abstract Task DisposeAsync();

    /// <summary>Creates the empty database (a file, or a database on the test server).</summary>
    protected abstract Task CreateAsync();

    /// <summary>The provider and connection, with the app's change-announcing interceptor.</summary>
    private DbContextOptions<BossRemoteDbContext> Options()
    {
        var options = new DbContextOptionsBuilder<BossRemoteDbContext>();
        options.UseBossRemoteDatabase(Provider, ConnectionString).AddInterceptors(new DomainEventsInterceptor(Events));
        return options.Options;
    }

    private IEnumerable<TestUser> KnownUsers => [Technician, OtherTechnician, Admin, Supervisor];

    private async Task AddKnownRolesAsync(BossRemoteDbContext db)
    {
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        db.UserRoles.AddRange(KnownUsers.Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = roles[u.Role] }));
    }

    private sealed class TestDbContextFactory(DbContextOptions<BossRemoteDbContext> options) : IDbContextFactory<BossRemoteDbContext>
    {
        public BossRemoteDbContext CreateDbContext() => new(options);
    }
}
