using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>One app on Kestrel with the simulator, shared by the simulator's integration tests (run one after another).</summary>
public sealed class SimulatorAppFixture : IAsyncLifetime
{
    public KestrelApp App { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App = KestrelApp.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
