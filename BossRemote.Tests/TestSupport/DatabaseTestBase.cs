using BossRemote.Core.Common;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// For service tests on the class's database (SQLite or PostgreSQL: each test class runs on both, through a nested
/// <c>OnSqlite</c> and <c>OnPostgres</c> class): empty tables per test, a fake clock, the events committed changes
/// announced, and the real authorization policies.
/// </summary>
public abstract class DatabaseTestBase(TestDatabase database) : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 14, 0, 0, TimeSpan.Zero);

    protected TestDatabase Database { get; } = database;

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected RecordedDomainEvents Events => Database.Events;

    protected UserAccess Access { get; } = TestAuthorization.CreateUserAccess();

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public virtual Task InitializeAsync() => Database.ResetTicketsAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
