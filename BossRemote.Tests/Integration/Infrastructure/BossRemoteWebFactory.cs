using BossRemote.Core.Data;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// Hosts the real app on a fresh data folder of its own, on SQLite or (<see cref="UsePostgres"/>) on a fresh database of
/// the test run's PostgreSQL server. Settings go through configuration exactly as an operator would set them (SPEC §5
/// names), so tests exercise the same start-up path as production.
/// </summary>
public class BossRemoteWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();
    private string? _ownedDatabase;

    public BossRemoteWebFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "bossremote-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings["BossRemote:DataDirectory"] = DataDirectory;
        _settings["Seed:Demo"] = "true";
    }

    public string DataDirectory { get; }

    public DatabaseProvider Provider => PostgresConnectionString is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    /// <summary>The app's connection string on PostgreSQL (null on SQLite).</summary>
    public string? PostgresConnectionString { get; private set; }

    /// <summary>Runs the app on a new database of the test PostgreSQL server, dropped with the factory.</summary>
    public BossRemoteWebFactory UsePostgres()
    {
        _ownedDatabase = "bossremote_app_" + Guid.NewGuid().ToString("N");
        return UsePostgres(PostgresDatabases.CreateAsync(_ownedDatabase).GetAwaiter().GetResult());
    }

    /// <summary>Runs the app on a PostgreSQL database the test owns (one shared by several instances).</summary>
    public BossRemoteWebFactory UsePostgres(string connectionString)
    {
        PostgresConnectionString = connectionString;
        _settings["Database:Provider"] = nameof(DatabaseProvider.Postgres);
        _settings["ConnectionStrings:BossRemote"] = connectionString;
        _settings[TestKeyEncryptionKey.Setting] = TestKeyEncryptionKey.Value; // one key for every instance on the database
        return this;
    }

    /// <summary>Sets a configuration value (use ':' separators) before the host starts.</summary>
    public BossRemoteWebFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Creates a context on the app's database, for arranging and asserting.</summary>
    public BossRemoteDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TryDeleteDataDirectory();
            DropPostgresDatabase();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TryDeleteDataDirectory();
        DropPostgresDatabase();
        GC.SuppressFinalize(this);
    }

    private void DropPostgresDatabase()
    {
        if (_ownedDatabase is not { } name)
        {
            return;
        }

        _ownedDatabase = null;
        PostgresDatabases.DropAsync(name).GetAwaiter().GetResult();
    }

    private void TryDeleteDataDirectory()
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background thread; the temp folder is cleaned by the OS later.
        }
    }
}
