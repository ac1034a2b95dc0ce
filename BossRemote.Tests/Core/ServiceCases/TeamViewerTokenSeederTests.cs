using BossRemote.Core.Demo;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BossRemote.Tests.Core.ServiceCases;

public abstract class TeamViewerTokenSeederTests(TestDatabase database) : DatabaseTestBase(database)
{
    private readonly TeamViewerTokenProtector _protector = new(new EphemeralDataProtectionProvider());

    [Fact]
    public async Task SeedAsync_ScriptTokenConfigured_StoresItEncrypted()
    {
        await Seeder(new TeamViewerOptions { ScriptToken = " live-token-9876 " }, demo: true).SeedAsync(CancellationToken.None);

        var stored = await StoredAsync();
        _protector.TryUnprotect(stored!.ProtectedToken!).ShouldBe("live-token-9876");
        stored.ConnectedByName.ShouldBe("configuration (TeamViewer__ScriptToken)");
    }

    [Fact]
    public async Task SeedAsync_DemoWithSimulator_ConnectsTheSimulatorWithAGoodRandomToken()
    {
        await Seeder(new TeamViewerOptions(), demo: true).SeedAsync(CancellationToken.None);

        var stored = (await StoredAsync())!;
        var token = _protector.TryUnprotect(stored.ProtectedToken!);
        token.ShouldNotBeNull().ShouldStartWith(TeamViewerTokenSeeder.DemoTokenPrefix);
        token.ShouldNotBe("demo-simulator-token");
        token.Length.ShouldBeGreaterThanOrEqualTo(40);
        SimulatorTokenRules.Check(token).ShouldBeNull();
        stored.TokenHint.ShouldBe(TeamViewerTokenProtector.HintFor(token));
    }

    [Fact]
    public async Task SeedAsync_DemoWithSimulator_MadeOncePerInstallationAndNotTheSameTwice()
    {
        await Seeder(new TeamViewerOptions(), demo: true).SeedAsync(CancellationToken.None);
        var first = _protector.TryUnprotect((await StoredAsync())!.ProtectedToken!);
        await Seeder(new TeamViewerOptions(), demo: true).SeedAsync(CancellationToken.None);
        var afterRestart = _protector.TryUnprotect((await StoredAsync())!.ProtectedToken!);
        await using (var db = Database.CreateDbContext())
        {
            await db.TeamViewerSettings.ExecuteDeleteAsync();
        }

        await Seeder(new TeamViewerOptions(), demo: true).SeedAsync(CancellationToken.None);
        var anotherInstallation = _protector.TryUnprotect((await StoredAsync())!.ProtectedToken!);

        afterRestart.ShouldBe(first);
        anotherInstallation.ShouldNotBe(first);
    }

    [Theory]
    [InlineData(false, TeamViewerMode.Simulator)]
    [InlineData(true, TeamViewerMode.Live)]
    public async Task SeedAsync_NoTokenAndNotDemoSimulator_StoresNothing(bool demo, TeamViewerMode mode)
    {
        await Seeder(new TeamViewerOptions { Mode = mode }, demo).SeedAsync(CancellationToken.None);

        (await StoredAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task SeedAsync_AdminAlreadyRevoked_LeavesItRevoked()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.TeamViewerSettings.Add(new TeamViewerSettings { ProtectedToken = null, UpdatedAt = Now });
            await db.SaveChangesAsync();
        }

        await Seeder(new TeamViewerOptions { ScriptToken = "live-token-9876" }, demo: true).SeedAsync(CancellationToken.None);

        (await StoredAsync())!.ProtectedToken.ShouldBeNull();
    }

    private TeamViewerTokenSeeder Seeder(TeamViewerOptions options, bool demo) => new(
        Microsoft.Extensions.Options.Options.Create(options), Microsoft.Extensions.Options.Options.Create(new SeedOptions { Demo = demo }),
        Database.Factory, _protector, Clock, NullLogger<TeamViewerTokenSeeder>.Instance);

    private async Task<TeamViewerSettings?> StoredAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.TeamViewerSettings.AsNoTracking().SingleOrDefaultAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : TeamViewerTokenSeederTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : TeamViewerTokenSeederTests(database), IClassFixture<PostgresTestDatabase>;
}
