using BossRemote.Core.Data;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.Data;

/// <summary>
/// Batches small enough that every kind of key pages: text keys (people) and number keys (categories) by "after the last
/// key", Identity's composite keys (people's roles) by offset. SQLite to SQLite: the copying does not care about the engine.
/// </summary>
public sealed class TableCopyTests : IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private readonly SqliteTestDatabase _source;
    private readonly string _targetFile = Path.Combine(Path.GetTempPath(), "bossremote-tests", "copy-target-" + Guid.NewGuid().ToString("N") + ".db");

    public TableCopyTests(SqliteTestDatabase source) => _source = source;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_targetFile)!);
        await using var target = Target();
        await target.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        File.Delete(_targetFile);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CopyAsync_BatchesOfTwo_CopiesEveryRowOnceWithItsKeyAndValues()
    {
        await using var source = _source.CreateDbContext();
        await using var target = Target();

        foreach (var type in ForeignKeyOrder.Of(target.Model))
        {
            await TableCopy.CopyAsync(source, target, source.Model.FindEntityType(type.Name)!, batchSize: 2, CancellationToken.None);
        }

        await using var copied = Target();
        (await copied.Users.OrderBy(u => u.Id).Select(u => new { u.Id, u.Email, u.DisplayName, u.SecurityStamp }).ToListAsync())
            .ShouldBe(await source.Users.OrderBy(u => u.Id).Select(u => new { u.Id, u.Email, u.DisplayName, u.SecurityStamp }).ToListAsync());
        (await copied.UserRoles.Select(r => r.UserId + "/" + r.RoleId).ToListAsync())
            .ShouldBe(await source.UserRoles.Select(r => r.UserId + "/" + r.RoleId).ToListAsync(), ignoreOrder: true);
        (await copied.TicketCategories.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.IsActive }).ToListAsync())
            .ShouldBe(await source.TicketCategories.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.IsActive }).ToListAsync());
    }

    private BossRemoteDbContext Target()
    {
        var options = new DbContextOptionsBuilder<BossRemoteDbContext>();
        options.UseBossRemoteDatabase(DatabaseProvider.Sqlite, $"Data Source={_targetFile};Pooling=False");
        return new BossRemoteDbContext(options.Options);
    }
}
