namespace BossRemote.Tests.TestSupport;

/// <summary>A person the test database knows (see <see cref="SqliteTestDatabase"/>).</summary>
public sealed record TestUser(string Id, string Email, string DisplayName, string Role);
