using BossRemote.Core.Data;
using BossRemote.Core.TeamViewerSimulator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// A real SQLite file for the TeamViewer simulator, migrated exactly as the app migrates it. One per test class;
/// <see cref="ResetAsync"/> empties it before every test.
/// </summary>
public sealed class SimulatorTestDatabase : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bossremote-tests", "simulator-" + Guid.NewGuid().ToString("N"));

    public SimulatorTestDatabase()
    {
        Directory.CreateDirectory(_folder);
        // No pooling: every context closes its file handle, so the folder can be deleted at the end.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_folder, SimulatorDbContext.FileName),
            Pooling = false,
        }.ToString();
        var options = new DbContextOptionsBuilder<SimulatorDbContext>();
        options.UseSimulatorDatabase(DatabaseProvider.Sqlite, connectionString);
        Factory = new TestDbContextFactory(options.Options);
    }

    public IDbContextFactory<SimulatorDbContext> Factory { get; }

    public SimulatorDbContext CreateDbContext() => Factory.CreateDbContext();

    public async Task InitializeAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public async Task ResetAsync()
    {
        await using var db = CreateDbContext();
        await db.ConnectionReports.ExecuteDeleteAsync();
        await db.Sessions.ExecuteDeleteAsync();
        await db.Groups.ExecuteDeleteAsync();
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }

        return Task.CompletedTask;
    }

    private sealed class TestDbContextFactory(DbContextOptions<SimulatorDbContext> options) : IDbContextFactory<SimulatorDbContext>
    {
        public SimulatorDbContext CreateDbContext() => new(options);
    }
}
