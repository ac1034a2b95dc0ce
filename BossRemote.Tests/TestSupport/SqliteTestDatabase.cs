using BossRemote.Core.Data;
using Microsoft.Data.Sqlite;

namespace BossRemote.Tests.TestSupport;

/// <summary>A <see cref="TestDatabase"/> in a SQLite file of its own in the temp folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bossremote-tests", "core-" + Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase()
    {
        Directory.CreateDirectory(_folder);
        // No pooling: every context closes its file handle, so the folder can be deleted at the end.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "bossremote.db"), Pooling = false }.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString { get; }

    public override Task DisposeAsync()
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

    protected override Task CreateAsync() => Task.CompletedTask;
}
