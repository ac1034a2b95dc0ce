using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Core.Users;

/// <summary>
/// The user administration over the class's SQLite file with the app's real Identity (rules, stores, sign-in checks);
/// every test starts from the four known people, with no one added, locked or disabled.
/// </summary>
public abstract class UserAdministrationTestBase : DatabaseTestBase
{
    public const string GoodPassword = "Welcome!2026";

    private readonly ServiceProvider _services;

    protected UserAdministrationTestBase(TestDatabase database)
        : base(database)
    {
        var services = new ServiceCollection().AddLogging().AddHttpContextAccessor();
        services.AddSingleton(database.Factory);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContext());
        services.AddAuthentication();
        services.AddIdentityCore<ApplicationUser>(IdentityRules.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BossRemoteDbContext>()
            .AddSignInManager();
        _services = services.BuildServiceProvider();
        Audit = new AuditLog(database.Factory, Access, Clock);
    }

    protected AuditLog Audit { get; }

    protected UserAdministrationService Service => new(_services.GetRequiredService<IServiceScopeFactory>(), Access, Audit, Clock);

    protected UserAccountReader Reader => new(Database.Factory, Access, Clock);

    protected ClaimsPrincipal AdminPrincipal => PrincipalBuilder.Admin().For(Database.Admin).Build();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.ResetUsersAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    /// <summary>Adds a person through the service, as an admin would, and returns their id.</summary>
    protected async Task<string> CreateAsync(string role = Roles.Technician, string? email = null)
    {
        email ??= $"{Guid.NewGuid():N}@bossremote.test";
        var result = await Service.CreateAsync(AdminPrincipal, new NewUserInput { DisplayName = "Jordan Lee", Email = email, Role = role, Password = GoodPassword });
        result.Succeeded.ShouldBeTrue(result.Error);
        return (await FindAsync(email)).Id;
    }

    protected async Task<ApplicationUser> FindAsync(string email)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
    }

    protected async Task<ApplicationUser> LoadAsync(string userId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
    }

    /// <summary>What the sign-in form would get for this password: Identity's own checks, lockout included.</summary>
    protected async Task<SignInResult> CheckSignInAsync(string userId, string password)
    {
        await using var scope = _services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var user = await signIn.UserManager.FindByIdAsync(userId);
        return await signIn.CheckPasswordSignInAsync(user!, password, lockoutOnFailure: false);
    }

    /// <summary>Admins who can still sign in.</summary>
    protected async Task<int> EnabledAdminsAsync()
    {
        await using var db = Database.CreateDbContext();
        var lockouts = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.Admin
                select user.LockoutEnd)
            .ToListAsync();
        return lockouts.Count(end => !UserLockout.IsDisabled(end));
    }

    protected async Task<IList<string>> RolesOfAsync(string userId)
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(userId))!);
    }

    protected async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }
}
