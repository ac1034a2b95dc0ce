using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

/// <summary>
/// Simulator services on the class's SQLite file, emptied before every test, with a fake clock and the fault knobs
/// off unless a test turns them on through <see cref="Knobs"/>.
/// </summary>
public abstract class SimulatorTestBase(SimulatorTestDatabase database) : IClassFixture<SimulatorTestDatabase>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 14, 0, 0, TimeSpan.Zero);

    protected SimulatorTestDatabase Database { get; } = database;

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected TeamViewerSimulatorOptions Knobs { get; } = new();

    /// <summary>The account of the token the test calls with.</summary>
    protected SimulatorAccount Caller { get; } = SimulatorAccount.ForToken("caller-token");

    /// <summary>Another token's account, which must never see the caller's data.</summary>
    protected SimulatorAccount Stranger { get; } = SimulatorAccount.ForToken("stranger-token");

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected SimulatorSessionService Sessions => new(Database.Factory, Options.Create(Knobs), Clock);

    protected SimulatorSessionQueryService Queries => new(Database.Factory, Options.Create(Knobs), Clock);

    protected SimulatorCustomerService Customers => new(Database.Factory, Clock);

    protected SimulatorReportService Reports => new(Database.Factory);

    protected SimulatorGroupService Groups => new(Database.Factory, Clock);

    public Task InitializeAsync() => Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Creates a session in group BOSS (or as <paramref name="input"/> says) and insists that it worked.</summary>
    protected async Task<SimulatedSession> CreateSessionAsync(SimulatedSessionInput? input = null, SimulatorAccount? caller = null)
    {
        var result = await Sessions.CreateAsync(caller ?? Caller, input ?? new SimulatedSessionInput { GroupName = "BOSS" });
        result.Error.ShouldBeNull();
        return result.Value!;
    }

    protected async Task<SimulatedSession> LoadSessionAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.Code == code);
    }

    protected async Task<List<SimulatedConnectionReport>> LoadReportsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.ConnectionReports.AsNoTracking().ToListAsync();
    }

    protected static void ShouldBeError(SimulatorError? error, int status, string code)
    {
        error.ShouldNotBeNull();
        error.StatusCode.ShouldBe(status);
        error.Error.ShouldBe(code);
    }
}
