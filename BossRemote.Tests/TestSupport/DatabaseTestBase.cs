using BossRemote.Core.Common;
using BossRemote.Core.Tickets;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// For service tests on the class's SQLite file: an empty ticket table per test, a fake clock, the events committed
/// changes announced, and the real authorization policies.
/// </summary>
public abstract class DatabaseTestBase(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 14, 0, 0, TimeSpan.Zero);

    protected SqliteTestDatabase Database { get; } = database;

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected RecordedDomainEvents Events => Database.Events;

    protected UserAccess Access { get; } = TestAuthorization.CreateUserAccess();

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public virtual Task InitializeAsync() => Database.ResetTicketsAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
