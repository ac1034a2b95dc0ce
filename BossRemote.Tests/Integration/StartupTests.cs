using System.Net;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration;

public class StartupTests : IClassFixture<BossRemoteWebFactory>
{
    private readonly BossRemoteWebFactory _factory;

    public StartupTests(BossRemoteWebFactory factory)
    {
        _factory = factory;
        _ = factory.Server; // start the host: migrations and seeders run before it serves
    }

    [Fact]
    public async Task Start_FreshDataFolder_AppliesEveryMigrationToTheFileInTheDataFolder()
    {
        await using var db = _factory.CreateDbContext();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        File.Exists(Path.Combine(_factory.DataDirectory, DatabaseProviderExtensions.DefaultSqliteFileName)).ShouldBeTrue();
    }

    [Fact]
    public async Task Start_FreshDataFolder_NotesReferToTheirServiceCaseThroughAForeignKey()
    {
        await using var db = _factory.CreateDbContext();

        var keys = await db.Database
            .SqlQueryRaw<ForeignKeyRow>("""SELECT "table" AS "Table", "from" AS "From", "on_delete" AS "OnDelete" FROM pragma_foreign_key_list('TicketNotes')""")
            .ToListAsync();

        keys.ShouldContain(new ForeignKeyRow("ServiceCases", "ServiceCaseId", "RESTRICT"));
        await Should.ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync(
            """UPDATE "TicketNotes" SET "ServiceCaseId" = -1 WHERE "Id" = (SELECT MIN("Id") FROM "TicketNotes")"""));
    }

    private sealed record ForeignKeyRow(string Table, string From, string OnDelete);

    [Fact]
    public async Task Start_DemoOn_CreatesTheDemoSignInsAndTickets()
    {
        await using var db = _factory.CreateDbContext();

        var emails = await db.Users.Select(u => u.Email).ToListAsync();
        emails.ShouldContain(DemoUsers.AdminEmail);
        emails.ShouldContain(DemoUsers.TechnicianEmail);
        emails.ShouldContain(DemoUsers.SupervisorEmail);
        (await db.Tickets.CountAsync()).ShouldBe(DemoTicketFactory.TicketCount);
    }

    [Fact]
    public async Task Seeders_RunAgainAsOnARestart_AddNothing()
    {
        var before = await CountsAsync();

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Healthz_DatabaseReachable_Answers200WithoutSignIn()
    {
        using var client = SignInClient.CreateClient(_factory);

        var response = await client.GetAsync("/healthz");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        health.GetProperty("status").GetString().ShouldBe("Healthy");
        health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
        health.GetProperty("checks").GetProperty("startup").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    private async Task<(int Users, int Tickets, int Notes, int Categories, int Roles)> CountsAsync()
    {
        await using var db = _factory.CreateDbContext();
        return (await db.Users.CountAsync(), await db.Tickets.CountAsync(), await db.TicketNotes.CountAsync(),
            await db.TicketCategories.CountAsync(), await db.Roles.CountAsync());
    }
}
