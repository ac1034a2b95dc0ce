using BossRemote.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// Hosts the real app on a fresh SQLite data folder of its own. Settings go through configuration exactly as an
/// operator would set them (SPEC §5 names), so tests exercise the same start-up path as production.
/// </summary>
public class BossRemoteWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();

    public BossRemoteWebFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "bossremote-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings["BossRemote:DataDirectory"] = DataDirectory;
        _settings["Seed:Demo"] = "true";
    }

    public string DataDirectory { get; }

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
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TryDeleteDataDirectory();
        GC.SuppressFinalize(this);
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
